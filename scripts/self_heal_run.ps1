# Runs the Playwright suite with healwright (Windows). Exit code: Playwright's own; 2 for a bad flag.
# Usage: scripts/self_heal_run.ps1 [--dry-run] [--projects=a,b] [--skip-llm] [--max-fixes=N] [-- <playwright args>]
$ErrorActionPreference = 'Stop'

function Show-Usage {
  @"
Usage: scripts/self_heal_run.ps1 [--dry-run] [--projects=a,b] [--skip-llm] [--max-fixes=N] [-- <playwright args>]

  --dry-run        record what would be done; no fixes, PRs, issues, alerts or redeploys
  --projects=a,b   run and heal only these Playwright projects
  --skip-llm       rules only, never call an LLM
  --max-fixes=N    at most N fixes in this run
  -h, --help       this help
"@
}

$projectArgs = @()
$passthrough = @()
for ($i = 0; $i -lt $args.Count; $i++) {
  $a = [string]$args[$i]
  if ($a -eq '--') { $passthrough = $args[($i + 1)..($args.Count - 1)]; break }
  elseif ($a -eq '--dry-run') { $env:HEAL_DRY_RUN = 'true' }
  elseif ($a -eq '--skip-llm') { $env:HEAL_SKIP_LLM = 'true' }
  elseif ($a -like '--projects=*') {
    $list = $a.Substring(11)
    if ($list -notmatch '^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$') {
      [Console]::Error.WriteLine("self_heal_run: --projects needs a comma-separated list of project names, got '$list'"); Show-Usage; exit 2
    }
    $env:HEAL_PROJECTS = $list
    foreach ($n in $list.Split(',')) { $projectArgs += "--project=$n" }
  }
  elseif ($a -like '--max-fixes=*') {
    $n = $a.Substring(12)
    if ($n -notmatch '^[0-9]{1,6}$') { [Console]::Error.WriteLine("self_heal_run: --max-fixes needs a whole number >= 0, got '$n'"); Show-Usage; exit 2 }
    $env:HEAL_MAX_FIXES = $n
  }
  elseif ($a -eq '-h' -or $a -eq '--help') { Show-Usage; exit 0 }
  else { [Console]::Error.WriteLine("self_heal_run: unknown option '$a'"); Show-Usage; exit 2 }
}

Set-Location (Join-Path $PSScriptRoot '..')
& node scripts/heal.mjs -- @projectArgs @passthrough
exit $LASTEXITCODE
