#!/usr/bin/env bash
# Runs the Playwright suite with healwright (CI or cron friendly). Exit code: Playwright's own;
# 2 for a bad flag.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/self_heal_run.sh [--dry-run] [--projects=a,b] [--skip-llm] [--max-fixes=N] [-- <playwright args>]

  --dry-run        record what would be done; no fixes, PRs, issues, alerts or redeploys
  --projects=a,b   run and heal only these Playwright projects
  --skip-llm       rules only, never call an LLM
  --max-fixes=N    at most N fixes in this run
  -h, --help       this help
USAGE
}

PROJECT_ARGS=()
PASSTHROUGH=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) export HEAL_DRY_RUN=true ;;
    --skip-llm) export HEAL_SKIP_LLM=true ;;
    --projects=*)
      list="${1#--projects=}"
      if ! [[ "$list" =~ ^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$ ]]; then
        echo "self_heal_run: --projects needs a comma-separated list of project names, got '$list'" >&2; usage >&2; exit 2
      fi
      export HEAL_PROJECTS="$list"
      IFS=',' read -r -a names <<<"$list"
      for n in "${names[@]}"; do PROJECT_ARGS+=("--project=$n"); done
      ;;
    --max-fixes=*)
      n="${1#--max-fixes=}"
      if ! [[ "$n" =~ ^[0-9]{1,6}$ ]]; then
        echo "self_heal_run: --max-fixes needs a whole number >= 0, got '$n'" >&2; usage >&2; exit 2
      fi
      export HEAL_MAX_FIXES="$n"
      ;;
    -h|--help) usage; exit 0 ;;
    --) shift; PASSTHROUGH=("$@"); break ;;
    *) echo "self_heal_run: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")/.."
if [ "${SELF_HEAL_PRINT_ONLY:-}" = "1" ]; then
  # For tests: show what would run.
  echo "env: HEAL_DRY_RUN=${HEAL_DRY_RUN:-} HEAL_SKIP_LLM=${HEAL_SKIP_LLM:-} HEAL_PROJECTS=${HEAL_PROJECTS:-} HEAL_MAX_FIXES=${HEAL_MAX_FIXES:-}"
  echo "run: node scripts/heal.mjs -- ${PROJECT_ARGS[*]:-} ${PASSTHROUGH[*]:-}"
  exit 0
fi
exec node scripts/heal.mjs -- "${PROJECT_ARGS[@]}" "${PASSTHROUGH[@]}"
