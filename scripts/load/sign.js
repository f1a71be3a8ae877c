// Prints a signed /where-ai slash command as shell assignments: SLACK_BODY, SLACK_TS, SLACK_SIG.
// v0 signature = HMAC-SHA256(secret, "v0:{ts}:{body}"); Slack apps accept it for 5 minutes.
// Usage: node sign.js SECRET RESPONSE_URL [TEXT]
'use strict';
const crypto = require('node:crypto');

const [secret, responseUrl, text = 'compare 1 3'] = process.argv.slice(2);
const body = new URLSearchParams({
  token: 'load-test',
  team_id: 'T1',
  team_domain: 'load',
  channel_id: 'C1',
  channel_name: 'load',
  user_id: 'U1',
  user_name: 'load',
  command: '/where-ai',
  text,
  api_app_id: 'A1',
  response_url: responseUrl,
  trigger_id: '1.2.3',
}).toString();
const ts = Math.floor(Date.now() / 1000).toString();
const sig = 'v0=' + crypto.createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
const quote = (s) => "'" + s.replace(/'/g, "'\\''") + "'";
console.log(`SLACK_BODY=${quote(body)}\nSLACK_TS=${ts}\nSLACK_SIG=${sig}`);
