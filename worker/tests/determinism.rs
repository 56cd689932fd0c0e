//! Same model, same input ⇒ the same digest, in fresh processes with one thread and with two:
//! candle's CPU matmul (and the convolutions built on it) splits work across threads by output
//! tile and keeps each dot product's order fixed, so the thread count must not change a single
//! bit. Image generation draws its noise from the job's seed, so another seed is another image.

mod common;

use std::{path::Path, process::Command};

use tessera_worker::inference::{
	hex, output::digest as blake2_256, png, tiny::write_tiny_model, ModelKind, Output,
};

/// `tessera-worker infer` with `threads` threads and `extra` arguments: what it prints.
fn infer(dir: &Path, kind: &str, input: &str, threads: usize, extra: &[&str]) -> String {
	let output = Command::new(common::worker_binary())
		.args(["infer", "--dir", &dir.display().to_string(), "--kind", kind, "--input", input])
		.args(extra)
		.env("RAYON_NUM_THREADS", threads.to_string())
		.output()
		.unwrap();
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
	stdout.into_owned()
}

/// The digest `tessera-worker infer` prints with `threads` threads.
fn digest(dir: &Path, kind: &str, input: &str, threads: usize) -> String {
	let stdout = infer(dir, kind, input, threads, &[]);
	stdout.lines().find_map(|l| l.strip_prefix("digest ")).expect("a digest line").to_owned()
}

fn assert_same_across_threads(dir: &Path, kind: &str, input: &str) {
	let one = digest(dir, kind, input, 1);
	assert_eq!(digest(dir, kind, input, 2), one, "{kind}: 2 threads differ from 1");
	assert_eq!(digest(dir, kind, input, 1), one, "{kind}: a second run differs");
}

#[test]
fn tiny_models_give_one_digest_whatever_the_thread_count() {
	let dir = tempfile::tempdir().unwrap();
	let embedding = dir.path().join("embedding");
	let generation = dir.path().join("generation");
	write_tiny_model(ModelKind::Embedding, 3, &embedding).unwrap();
	write_tiny_model(ModelKind::TextGeneration, 3, &generation).unwrap();
	assert_same_across_threads(&embedding, "embedding", "the sun is hot today");
	assert_same_across_threads(
		&generation,
		"text-generation",
		r#"{"prompt":"once upon","max_tokens":24}"#,
	);
}

fn image_request(seed: u64) -> String {
	format!(
		r#"{{"prompt":"a red fox in the snow","seed":{seed},"steps":6,"width":48,"height":32,"guidance":4.0}}"#
	)
}

#[test]
fn a_tiny_diffusion_pipeline_gives_one_image_per_seed_whatever_the_thread_count() {
	let dir = tempfile::tempdir().unwrap();
	let model = dir.path().join("image");
	write_tiny_model(ModelKind::ImageGeneration, 3, &model).unwrap();
	assert_same_across_threads(&model, "image-generation", &image_request(1));
	assert_ne!(
		digest(&model, "image-generation", &image_request(2), 2),
		digest(&model, "image-generation", &image_request(1), 2),
		"another seed, another image"
	);

	// The PNG it writes decodes to the requested size, and its pixels hash to the digest.
	let file = dir.path().join("fox.png");
	let stdout =
		infer(&model, "image-generation", &image_request(1), 2, &["--out", file.to_str().unwrap()]);
	let image = png::decode(&std::fs::read(&file).unwrap()).unwrap();
	let Output::Image { width, height, rgb } = &image else { panic!("not an image") };
	assert_eq!((*width, *height, rgb.len()), (48, 32, 48 * 32 * 3));
	let printed = stdout.lines().find_map(|l| l.strip_prefix("digest 0x")).unwrap();
	assert_eq!(printed, hex(&blake2_256(&image.encode())));
	assert!(rgb.iter().any(|&v| v != rgb[0]), "the image is not one flat colour");
}

#[test]
fn minilm_gives_one_digest_whatever_the_thread_count() {
	// About 420 tokens: long enough that the matmuls are split across the threads.
	let input = "Decentralised compute networks pay operators for verifiable work. ".repeat(30);
	assert_same_across_threads(&common::minilm_dir(), "embedding", &input);
}
