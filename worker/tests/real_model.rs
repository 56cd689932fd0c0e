//! all-MiniLM-L6-v2, the real model, through the worker's loading path: its embeddings have
//! 384 dimensions and unit length, rank a paraphrase above an unrelated sentence, and match
//! an independent numpy implementation of the same network (tests/data/minilm_reference.py).

mod common;

use candle_core::Device;
use serde::Deserialize;
use tessera_worker::inference::{file_hash, Model, ModelKind, Output, WEIGHTS_FILE};

#[derive(Deserialize)]
struct Reference {
	sentences: Vec<String>,
	vectors: Vec<Vec<f32>>,
}

fn embed(model: &Model, text: &str) -> Vec<f32> {
	match model.run(text.as_bytes(), 1, &mut |_, _| {}).unwrap() {
		Output::Embedding(vector) => vector,
		other => panic!("{text:?} gave {other:?}"),
	}
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
	a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn minilm_embeds_like_the_reference_implementation() {
	let dir = common::minilm_dir();
	let hash = file_hash(&dir.join(WEIGHTS_FILE)).unwrap();
	let model = Model::load(&dir, ModelKind::Embedding, &hash, &Device::Cpu).unwrap();
	let reference: Reference =
		serde_json::from_str(include_str!("data/minilm_reference.json")).unwrap();

	let vectors: Vec<Vec<f32>> = reference.sentences.iter().map(|s| embed(&model, s)).collect();
	for (vector, expected) in vectors.iter().zip(&reference.vectors) {
		assert_eq!(vector.len(), 384);
		let norm = cosine(vector, vector).sqrt();
		assert!((norm - 1.0).abs() < 1e-5, "norm {norm}");
		let worst = vector.iter().zip(expected).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
		assert!(worst < 1e-4, "differs from the numpy reference by {worst}");
	}
	// "A man is eating food." is closer to "A man is eating a piece of bread." than to
	// "The stock market fell sharply today."
	assert!(cosine(&vectors[0], &vectors[1]) > 0.7);
	assert!(cosine(&vectors[0], &vectors[2]) < 0.1);
}

#[test]
fn minilm_rejects_input_longer_than_its_context() {
	let dir = common::minilm_dir();
	let hash = file_hash(&dir.join(WEIGHTS_FILE)).unwrap();
	let model = Model::load(&dir, ModelKind::Embedding, &hash, &Device::Cpu).unwrap();
	let long = "word ".repeat(600);
	let Output::Rejected(reason) = model.run(long.as_bytes(), 1, &mut |_, _| {}).unwrap() else {
		panic!("600 words fit a 512-token context?");
	};
	assert!(reason.contains("at most 512"), "{reason}");
}

#[test]
fn weights_that_differ_from_the_expected_hash_are_refused() {
	let dir = common::minilm_dir();
	let err = Model::load(&dir, ModelKind::Embedding, &[7; 32], &Device::Cpu).err().unwrap();
	assert!(err.to_string().contains("refusing to serve other weights"), "{err}");
}
