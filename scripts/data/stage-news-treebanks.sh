#!/usr/bin/env bash
# Stages the news treebanks the parser is checked on (never trained on) into .data/ (git-ignored).
# Usage: scripts/data/stage-news-treebanks.sh PUD_GIT_DIR GUM_GIT_DIR
#   PUD_GIT_DIR: a clone (bare is fine) of github UniversalDependencies/UD_English-PUD
#   GUM_GIT_DIR: a clone (bare is fine) of github UniversalDependencies/UD_English-GUM
# Sources, commits and licenses: scripts/data/README.md. The files are read out of the named
# commits, so a newer clone stages the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
PUD_COMMIT=f16eba4ae7f3d161870ed320676c5088b8fa476c
GUM_COMMIT=afb41ee9bca57991125814fa04d96a0e61470c8b
mkdir -p .data/ud-pud .data/ud-gum
git --git-dir "$1" show "$PUD_COMMIT:en_pud-ud-test.conllu" > .data/ud-pud/en_pud-ud-test.conllu
git --git-dir "$1" show "$PUD_COMMIT:LICENSE.txt" > .data/ud-pud/LICENSE.txt
for split in dev test; do
  git --git-dir "$2" show "$GUM_COMMIT:en_gum-ud-$split.conllu" > ".data/ud-gum/en_gum-ud-$split.conllu"
done
git --git-dir "$2" show "$GUM_COMMIT:LICENSE.txt" > .data/ud-gum/LICENSE.txt
echo "staged into .data/: $(ls .data/ud-pud .data/ud-gum | tr '\n' ' ')"
