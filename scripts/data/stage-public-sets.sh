#!/usr/bin/env bash
# Stages the public training/evaluation sets of the tone and topic models into .data/ (git-ignored).
# Usage: scripts/data/stage-public-sets.sh NEWSMTSC_GIT_DIR BBC_GIT_DIR
#   NEWSMTSC_GIT_DIR: a clone (bare is fine) of github fhamborg/NewsMTSC
#   BBC_GIT_DIR:      a clone (bare is fine) of github LTSACH/AILearningHub
# Sources, commits and licenses: scripts/data/README.md. The files are read out of the named
# commits, so a newer clone stages the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
NEWSMTSC_COMMIT=b9d9b79704ed1b35cecaf1d7c2343dc1bd734fb7
BBC_COMMIT=38c4dfa48f34344f2e73eebbb93974928943a8c8
mkdir -p .data/newsmtsc .data/bbc-news
for split in train dev test; do
  git --git-dir "$1" show "$NEWSMTSC_COMMIT:NewsSentiment/experiments/default/datasets/newsmtsc-rw/$split.jsonl" > ".data/newsmtsc/rw-$split.jsonl"
done
git --git-dir "$1" show "$NEWSMTSC_COMMIT:NewsSentiment/experiments/default/datasets/newsmtsc-mt/test.jsonl" > .data/newsmtsc/mt-test.jsonl
git --git-dir "$1" show "$NEWSMTSC_COMMIT:LICENSE" > .data/newsmtsc/LICENSE
for split in train val test; do
  git --git-dir "$2" show "$BBC_COMMIT:datasets/bbcnews/data/$split.csv" > ".data/bbc-news/$split.csv"
done
git --git-dir "$2" show "$BBC_COMMIT:datasets/bbcnews/README.md" > .data/bbc-news/SOURCE-README.md
echo "staged into .data/: $(ls .data/newsmtsc .data/bbc-news | tr '\n' ' ')"
