#!/bin/sh
# Fail when a source file uses a banned function (see STYLE.md).
status=0
for f in "$@"; do
  if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|strtok|atoi|atol|gets)\s*\(' "$f" \
     | grep -vE '^\s*[0-9]+:\s*(//|\*|/\*)'; then
    echo "banned function in $f" >&2
    status=1
  fi
done
exit $status
