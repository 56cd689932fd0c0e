//! Same model, same input ⇒ the same digest, in fresh processes with one thread and with two:
//! candle's CPU matmul splits work across threads by output tile and keeps each dot product's
//! order fixed, so the thread count must not change a single bit.

mod common;

use std::{path::Path, process::Command};

use tessera_worker::inference::{tiny::write_tiny_model, ModelKind};

/// `tessera-worker infer` with `threads` threads: the digest it prints.
fn digest(dir: &Path, kind: &str, input: &str, threads: usize) -> String {
	let output = Command::new(common::worker_binary())
		.args(["infer", "--dir", &dir.display().to_string(), "--kind", kind, "--input", input])
		.env("RAYON_NUM_THREADS", threads.to_string())
		.output()
		.unwrap();
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
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
	assert_same_across_threads(&generation, "text-generation", r#"{"prompt":"once upon","max_tokens":24}"#);
}

#[test]
fn minilm_gives_one_digest_whatever_the_thread_count() {
	// About 420 tokens: long enough that the matmuls are split across the threads.
	let input = "Decentralised compute networks pay operators for verifiable work. ".repeat(30);
	assert_same_across_threads(&common::minilm_dir(), "embedding", &input);
}
