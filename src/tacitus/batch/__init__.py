"""Batch extraction at scale with Ray Data: one pipeline per worker, Parquet or JSONL out."""

from tacitus.batch.run import BatchFormat, BatchSummary, run_batch

__all__ = ["BatchFormat", "BatchSummary", "run_batch"]
