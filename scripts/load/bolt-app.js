// The Bolt-JS peer for the load benchmark: verifies the Slack signature (Bolt's own check) and acks
// `/where-ai` with a fixed Block Kit card, the way a Bolt-JS app answering in the ack would.
// Web API calls (Bolt's auth.test) go to the local stub. Listens on 127.0.0.1 only.
// Env: PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL
'use strict';
const { App, LogLevel } = require('@slack/bolt');

const card = {
  response_type: 'ephemeral',
  text: 'Compare: 1 Local vs 3 Inference API',
  blocks: [
    { type: 'header', text: { type: 'plain_text', text: 'Compare 1 and 3' } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Criterion*' },
        { type: 'mrkdwn', text: '*1 Local · 3 API*' },
        { type: 'mrkdwn', text: 'Start cost' },
        { type: 'mrkdwn', text: '★★★★☆ · ★★★★★' },
        { type: 'mrkdwn', text: 'Privacy' },
        { type: 'mrkdwn', text: '★★★★★ · ★★☆☆☆' },
        { type: 'mrkdwn', text: 'Quality' },
        { type: 'mrkdwn', text: '★★☆☆☆ · ★★★★☆' },
      ],
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'From the guide "Var bor din AI?"' }] },
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: 'share', text: { type: 'plain_text', text: 'Share in channel' }, value: 'compare 1 3' }],
    },
  ],
};

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: process.env.SLACK_BOT_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

app.command('/where-ai', async ({ ack }) => {
  await ack(card);
});

(async () => {
  await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log(`bolt-js listening on 127.0.0.1:${process.env.PORT}`);
})();
process.on('SIGTERM', () => app.stop().finally(() => process.exit(0)));
