// A stand-in for Slack on 127.0.0.1, for the load benchmark: the Web API methods the apps call
// (auth.test, users.info, anything else answers {"ok":true}) and response_url POSTs under /response/.
// GET /stats returns how many calls each path had (response_url split into cards and text-only replies such as
// "too busy"), so the runner can show that the answers really went out.
// Usage: node slack-api-stub.js PORT
'use strict';
const http = require('node:http');

const port = Number(process.argv[2] || 0);
const counts = {};

function count(key) {
  counts[key] = (counts[key] || 0) + 1;
}

function reply(res, body) {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
  res.end(bytes);
}

const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (req.method === 'GET' && path === '/stats') {
    reply(res, counts);
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    if (path.startsWith('/response/')) {
      // A card carries blocks; a text-only answer is a "too busy" or error reply.
      count(Buffer.concat(chunks).includes('"blocks"') ? 'response_url card' : 'response_url text only');
      reply(res, { ok: true });
    } else if (path.endsWith('/auth.test')) {
      count('auth.test');
      reply(res, { ok: true, url: 'https://load.slack.test/', team: 'Load', user: 'where-ai', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' });
    } else if (path.endsWith('/users.info')) {
      count('users.info');
      reply(res, { ok: true, user: { id: 'U1', locale: 'en-US' } });
    } else {
      count(path.replace(/^.*\//, '') || '/');
      reply(res, { ok: true });
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => {
  console.log(`slack-api-stub listening on 127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
