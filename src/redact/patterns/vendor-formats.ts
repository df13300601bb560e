import type { RedactionPattern, RedactionType } from '../types.js';

/**
 * Key formats with a documented prefix, after gitleaks' default rule set (config/gitleaks.toml) and
 * secretlint's recommended preset, beyond the long-standing ones in vendors.ts. Each entry is one
 * regex gated by its own keywords (the prefilter skips it unless one occurs), so adding a format
 * costs nothing on text that does not mention it. Bodies are bounded; fixed-length ones must end
 * where the format ends. Rules that gitleaks can only tell by a nearby vendor name (`datadog`,
 * `heroku` + a UUID) are left to the key=value patterns, which take any value after a secret name.
 */
interface Format {
  /** gitleaks / secretlint rule it follows. */
  rule: string;
  keywords: readonly string[];
  source: string;
  type?: RedactionType;
  /** A right boundary: the format has a fixed length. */
  fixed?: boolean;
}

const FORMATS: readonly Format[] = [
  { rule: '1password-service-account-token', keywords: ['ops_eyj'], source: String.raw`ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3}` },
  { rule: '1password-secret-key', keywords: ['a3-'], source: String.raw`A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}`, fixed: true },
  { rule: 'adobe-client-secret', keywords: ['p8e-'], source: String.raw`p8e-[A-Za-z0-9]{32}`, fixed: true },
  { rule: 'age-secret-key', keywords: ['age-secret-key-1'], source: String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`, type: 'PRIVATE_KEY', fixed: true },
  { rule: 'airtable-personnal-access-token', keywords: ['pat'], source: String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`, fixed: true },
  { rule: 'alibaba-access-key-id', keywords: ['ltai'], source: String.raw`LTAI[A-Za-z0-9]{20}`, fixed: true },
  { rule: 'artifactory-api-key', keywords: ['akcp'], source: String.raw`AKCp[A-Za-z0-9]{69}`, fixed: true },
  { rule: 'artifactory-reference-token', keywords: ['cmvmdgtu'], source: String.raw`cmVmdGtu[A-Za-z0-9]{56}`, fixed: true },
  { rule: 'atlassian-api-token', keywords: ['atatt3'], source: String.raw`ATATT3[A-Za-z0-9_=-]{186,200}` },
  { rule: 'azure-ad-client-secret', keywords: ['q~'], source: String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`, fixed: true },
  { rule: 'clojars-api-token', keywords: ['clojars_'], source: String.raw`CLOJARS_[a-z0-9]{60}`, fixed: true },
  { rule: 'cloudflare-origin-ca-key', keywords: ['v1.0-'], source: String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{146}`, fixed: true },
  { rule: 'databricks-api-token', keywords: ['dapi'], source: String.raw`dapi[a-f0-9]{32}(?:-\d)?`, fixed: true },
  { rule: 'digitalocean-pat / access-token / refresh-token', keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'], source: String.raw`do[opr]_v1_[a-f0-9]{64}`, fixed: true },
  { rule: 'doppler-api-token', keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], source: String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}`, fixed: true },
  { rule: 'dropbox-short-lived-api-token', keywords: ['sl.'], source: String.raw`sl\.[A-Za-z0-9_=-]{130,1500}` },
  { rule: 'duffel-api-token', keywords: ['duffel_'], source: String.raw`duffel_(?:test|live)_[A-Za-z0-9_=-]{43}`, fixed: true },
  { rule: 'dynatrace-api-token', keywords: ['dt0c01.'], source: String.raw`dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}`, fixed: true },
  { rule: 'easypost-api-token / test-api-token', keywords: ['ezak', 'eztk'], source: String.raw`EZ[AT]K[A-Za-z0-9]{54}`, fixed: true },
  { rule: 'facebook-page-access-token', keywords: ['eaam', 'eaac'], source: String.raw`EAA[MC][A-Za-z0-9]{100,500}` },
  { rule: 'flutterwave-public-key / secret-key / encryption-key', keywords: ['flwpubk', 'flwseck'], source: String.raw`FLW(?:PUBK|SECK)(?:_TEST)?-[a-h0-9]{32}-X|FLWSECK(?:_TEST)?[a-h0-9]{12}` },
  { rule: 'frameio-api-token', keywords: ['fio-u-'], source: String.raw`fio-u-[A-Za-z0-9_=-]{64}`, fixed: true },
  { rule: 'gitlab-pat / deploy / runner / trigger / oauth / feed / cicd tokens', keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glsoat-', 'glcbt-', 'glimt-', 'glagent-', 'gloas-', 'glft-', 'glffct-'], source: String.raw`gl(?:pat|dt|rt|ptt|soat|cbt|imt|agent|oas|ft|ffct)-[A-Za-z0-9_.-]{20,80}` },
  { rule: 'gitlab-rrt (runner registration)', keywords: ['gr1348941'], source: String.raw`GR1348941[A-Za-z0-9_-]{20}`, fixed: true },
  { rule: 'grafana-cloud-api-token', keywords: ['glc_'], source: String.raw`glc_[A-Za-z0-9+/]{32,400}={0,2}` },
  { rule: 'grafana-service-account-token', keywords: ['glsa_'], source: String.raw`glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}`, fixed: true },
  { rule: 'grafana-api-key', keywords: ['eyjrijoi'], source: String.raw`eyJrIjoi[A-Za-z0-9]{70,400}={0,2}` },
  { rule: 'harness-api-key', keywords: ['pat.', 'sat.'], source: String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`, fixed: true },
  { rule: 'hashicorp-tf-api-token', keywords: ['.atlasv1.'], source: String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}` },
  { rule: 'vault-service-token / batch-token', keywords: ['hvs.', 'hvb.'], source: String.raw`hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}` },
  { rule: 'heroku-api-key-v2', keywords: ['hrku-'], source: String.raw`HRKU-AA[A-Za-z0-9_-]{58}`, fixed: true },
  { rule: 'huggingface-access-token / organization-api-token', keywords: ['hf_', 'api_org_'], source: String.raw`(?:hf_|api_org_)[A-Za-z]{34}`, fixed: true },
  { rule: 'infracost-api-token', keywords: ['ico-'], source: String.raw`ico-[A-Za-z0-9]{32}`, fixed: true },
  { rule: 'intra42-client-secret', keywords: ['s-s4t2'], source: String.raw`s-s4t2(?:ud|af)-[a-f0-9]{64}`, fixed: true },
  { rule: 'linear-api-key (secretlint: linear)', keywords: ['lin_api_', 'lin_oauth_'], source: String.raw`lin_(?:api|oauth)_[A-Za-z0-9]{40}`, fixed: true },
  { rule: 'mailgun-private-api-token / pub-key', keywords: ['key-'], source: String.raw`(?:pub)?key-[a-f0-9]{32}`, fixed: true },
  { rule: 'mapbox-api-token', keywords: ['pk.eyj', 'sk.eyj', 'tk.eyj'], source: String.raw`[pst]k\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,100}` },
  { rule: 'new-relic-user-api-key / browser / insert', keywords: ['nrak-', 'nrjs-', 'nrii-'], source: String.raw`NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}`, fixed: true },
  { rule: 'notion-api-token', keywords: ['ntn_'], source: String.raw`ntn_\d{11}[A-Za-z0-9]{35}`, fixed: true },
  { rule: 'octopus-deploy-api-key', keywords: ['api-'], source: String.raw`API-[A-Z0-9]{26}`, fixed: true },
  { rule: 'openshift-user-token', keywords: ['sha256~'], source: String.raw`sha256~[A-Za-z0-9_-]{43}`, fixed: true },
  { rule: 'perplexity-api-key', keywords: ['pplx-'], source: String.raw`pplx-[A-Za-z0-9]{48}`, fixed: true },
  { rule: 'planetscale-api-token / password / oauth-token', keywords: ['pscale_'], source: String.raw`pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}` },
  { rule: 'postman-api-token', keywords: ['pmak-'], source: String.raw`PMAK-[a-f0-9]{24}-[a-f0-9]{34}`, fixed: true },
  { rule: 'prefect-api-token', keywords: ['pnu_'], source: String.raw`pnu_[A-Za-z0-9]{36}`, fixed: true },
  { rule: 'pulumi-api-token', keywords: ['pul-'], source: String.raw`pul-[a-f0-9]{40}`, fixed: true },
  { rule: 'pypi-upload-token', keywords: ['pypi-ageichlwas5vcmc'], source: String.raw`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}` },
  { rule: 'readme-api-token', keywords: ['rdme_'], source: String.raw`rdme_[a-z0-9]{70}`, fixed: true },
  { rule: 'rubygems-api-token', keywords: ['rubygems_'], source: String.raw`rubygems_[a-f0-9]{48}`, fixed: true },
  { rule: 'scalingo-api-token', keywords: ['tk-us-'], source: String.raw`tk-us-[A-Za-z0-9_-]{48}`, fixed: true },
  { rule: 'sendinblue-api-token (brevo)', keywords: ['xkeysib-', 'xsmtpsib-'], source: String.raw`x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}`, fixed: true },
  { rule: 'sentry-org-token / user-token', keywords: ['sntrys_', 'sntryu_'], source: String.raw`sntrys_eyJ[A-Za-z0-9+/=_-]{50,2000}|sntryu_[a-f0-9]{64}` },
  { rule: 'settlemint tokens', keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'], source: String.raw`sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}`, fixed: true },
  { rule: 'shippo-api-token', keywords: ['shippo_'], source: String.raw`shippo_(?:live|test)_[a-fA-F0-9]{40}`, fixed: true },
  { rule: 'shopify tokens (secretlint: shopify)', keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], source: String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`, fixed: true },
  { rule: 'slack-config-access-token / refresh-token', keywords: ['xoxe'], source: String.raw`xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200}` },
  { rule: 'square-access-token / secret', keywords: ['eaaa', 'sq0atp-', 'sq0csp-'], source: String.raw`(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}|sq0csp-[A-Za-z0-9_-]{43}` },
  { rule: 'stripe-access-token (prod keys)', keywords: ['_prod_'], source: String.raw`(?:sk|rk)_prod_[A-Za-z0-9]{10,99}` },
  { rule: 'telegram-bot-api-token', keywords: [':aa'], source: String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}`, fixed: true },
  { rule: 'typeform-api-token', keywords: ['tfp_'], source: String.raw`tfp_[A-Za-z0-9_.=-]{59}`, fixed: true },
  { rule: 'yandex-api-key / aws-access-token / access-token', keywords: ['aqvn', 'ycaj', 'yc', 't1.'], source: String.raw`AQVN[A-Za-z0-9_-]{35,38}|YC[A-Za-z0-9_-]{38}|t1\.[A-Za-z0-9_-]{20,200}={0,2}\.[A-Za-z0-9_-]{86}={0,2}`, fixed: true },
  { rule: 'google oauth access token (ya29.)', keywords: ['ya29.'], source: String.raw`ya29\.[A-Za-z0-9_-]{30,2000}` },
  { rule: 'google oauth client secret', keywords: ['gocspx-'], source: String.raw`GOCSPX-[A-Za-z0-9_-]{28}`, fixed: true },
  { rule: 'docker hub personal access token', keywords: ['dckr_pat_'], source: String.raw`dckr_pat_[A-Za-z0-9_-]{27}`, fixed: true },
  { rule: 'supabase access token', keywords: ['sbp_'], source: String.raw`sbp_[a-f0-9]{40}`, fixed: true },
  { rule: 'deno deploy token', keywords: ['ddp_', 'ddw_'], source: String.raw`dd[pw]_[A-Za-z0-9]{36}`, fixed: true },
  { rule: 'sourcegraph-access-token', keywords: ['sgp_'], source: String.raw`sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}`, fixed: true },
  { rule: 'fly.io token', keywords: ['fm1_', 'fm1a_', 'fm1r_', 'fm2_', 'fm2a_', 'fm2r_'], source: String.raw`(?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/_=-]{100,4000}` },
  { rule: 'plaid-api-token', keywords: ['access-sandbox-', 'access-development-', 'access-production-'], source: String.raw`access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, fixed: true },
  { rule: 'azure storage / service bus connection string', keywords: ['accountkey=', 'sharedaccesskey='], source: String.raw`(?<pre>(?:AccountKey|SharedAccessKey)=)[A-Za-z0-9+/]{20,120}={0,2}` },
];

/** One pattern per format, named after the rule it follows. */
export const VENDOR_FORMAT_PATTERNS: readonly RedactionPattern[] = FORMATS.map((f) => ({
  name: `vendor: ${f.rule}`,
  type: f.type ?? 'API_KEY',
  regex: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:${f.source})${f.fixed ? '(?![A-Za-z0-9_-])' : ''}`, 'g'),
  literals: f.keywords,
  window: 'literals',
}));
