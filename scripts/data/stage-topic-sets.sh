#!/usr/bin/env bash
# Stages the public sets the topic model trains and is measured on (besides BBC News, which
# stage-public-sets.sh stages) into .data/ (git-ignored).
# Usage: scripts/data/stage-topic-sets.sh HUFFPOST_GIT_DIR HEADLINES_GIT_DIR WCEP_GIT_DIR
#   HUFFPOST_GIT_DIR:  a clone (bare is fine) of github Fred-Stock/Correlated-Topic-Modeling-In-Pytorch
#   HEADLINES_GIT_DIR: a clone of github swufe-NiceLab-GeoText/KFNpro
#   WCEP_GIT_DIR:      a clone of github fordred/wikinews
# Each file is read out of the named commit, so a newer clone stages the same bytes:
#   HuffPost News Category v3, first 10,000 items (Rishabh Misra 2022, CC BY 4.0; Misra, "News
#     Category Dataset", arXiv:2209.11429): Fred-Stock/Correlated-Topic-Modeling-In-Pytorch
#     @ 65ae8edd71e5cc0ba2d32f9d02be0520fe90b006 : News_Category_Dataset_v3.json
#   HuffPost headlines of the 2012-2018 version, 900 per section (same data set and license):
#     swufe-NiceLab-GeoText/KFNpro @ 8d6ad2765858eb93deb174bfd14579c397c52af8 : data/huffpost/{train,valid,test}.json
#   Wikipedia Current Events Portal, one Markdown page per day (Wikipedia contributors, CC BY-SA 4.0):
#     fordred/wikinews @ 0441f5273b8763fa543a6148b97efbbbae37b371 : docs/_posts/*.md
# More in scripts/data/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
HUFFPOST_COMMIT=65ae8edd71e5cc0ba2d32f9d02be0520fe90b006
HEADLINES_COMMIT=8d6ad2765858eb93deb174bfd14579c397c52af8
WCEP_COMMIT=0441f5273b8763fa543a6148b97efbbbae37b371
mkdir -p .data/huffpost .data/huffpost-headlines .data/wcep/posts
git --git-dir "$1" show "$HUFFPOST_COMMIT:News_Category_Dataset_v3.json" > .data/huffpost/news-category-v3-head.jsonl
for split in train valid test; do
  git --git-dir "$2" show "$HEADLINES_COMMIT:data/huffpost/$split.json" > ".data/huffpost-headlines/$split.jsonl"
done
git --git-dir "$3" ls-tree --name-only "$WCEP_COMMIT" docs/_posts/ | while read -r path; do
  git --git-dir "$3" show "$WCEP_COMMIT:$path" > ".data/wcep/posts/$(basename "$path")"
done
echo "staged: $(wc -l < .data/huffpost/news-category-v3-head.jsonl) HuffPost items, $(cat .data/huffpost-headlines/*.jsonl | wc -l) HuffPost headlines, $(ls .data/wcep/posts | wc -l) WCEP days"
