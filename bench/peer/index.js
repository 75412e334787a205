// The load benchmark's peer (scripts/bench.sh): what a small team would write with the JS Bot Framework SDK 4.23.3.
// POST /api/messages through CloudAdapter with no app id (Emulator mode, no token; deliveryMode expectReplies returns
// the replies in the response), BM25 search with minisearch over the same corpus passages as MbcBot (corpus/*.md,
// "## Heading" sections), and a reply of the best passage, its source line and the disclaimer. Usage:
//   node index.js <corpus folder> <port>
'use strict';
const fs = require('fs');
const path = require('path');
const express = require('express');
const MiniSearch = require('minisearch');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const [corpusDir, port] = [process.argv[2], Number(process.argv[3] || 3979)];
const disclaimer = JSON.parse(fs.readFileSync(path.join(corpusDir, '..', 'appsettings.json'), 'utf8')).Answering.Disclaimer;

// corpus/*.md: front matter (title, publisher), then "## Heading" passages with an HTML comment of curated questions.
const passages = [];
for (const file of fs.readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
  const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const meta = Object.fromEntries(front.split('\n').map((l) => l.split(/:\s*/, 2)));
  for (const section of body.split(/^## /m).slice(1)) {
    const heading = section.split('\n', 1)[0].trim();
    const questions = (section.match(/<!-- questions: (.*?) -->/) || [, ''])[1];
    const passage = section.slice(heading.length).replace(/<!--[\s\S]*?-->/g, '').trim();
    passages.push({ id: passages.length, heading, questions, passage, source: `${meta.publisher}: ${meta.title}` });
  }
}

const search = new MiniSearch({ fields: ['heading', 'questions', 'passage'], storeFields: ['heading', 'passage', 'source'] });
search.addAll(passages);

class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const [best] = search.search(context.activity.text || '', { boost: { heading: 2 }, fuzzy: 0.2, prefix: true });
      const text = best
        ? `**${best.heading}**\n\n${best.passage}\n\nSource: ${best.source}\n\n${disclaimer}`
        : `I'm sorry, my sources don't cover that.\n\n${disclaimer}`;
      await context.sendActivity(text);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new PeerBot();
const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.get('/healthz', (req, res) => res.send('Healthy'));
app.listen(port, '127.0.0.1', () => console.log(`peer: ${passages.length} passages, listening on http://127.0.0.1:${port}`));
