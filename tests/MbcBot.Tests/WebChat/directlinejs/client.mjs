// An independent Direct Line client for MbcBot's tests, using botframework-directlinejs (the library inside Web Chat).
// Usage: node client.mjs <baseUrl> <question>
// Gets a token from the bot's page endpoint, connects over the WebSocket, sends the webchat/join event and the question,
// and prints one JSON line: {"welcome","echoed","answer","replyToId","postId","postToAnswerMs","welcomeFirst"} once the
// welcome, the echo of the question and the answer have arrived (welcomeFirst: the server stored and stamped the welcome before the answer). Exits 1 on timeout or error.
import XMLHttpRequest from 'xhr2';
import WebSocket from 'ws';

globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket = WebSocket;
const { DirectLine } = (await import('botframework-directlinejs')).default;

const [baseUrl, question] = process.argv.slice(2);
if (!baseUrl || !question) {
  console.error('usage: node client.mjs <baseUrl> <question>');
  process.exit(2);
}

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
// Generous: a guard against hanging, not a speed check (2 shared cores can be busy building).
setTimeout(() => fail('timed out waiting for the answer'), 45000).unref();

const tokenResponse = await fetch(new URL('/api/webchat/token', baseUrl), { method: 'POST' });
if (!tokenResponse.ok) {
  fail(`token endpoint answered ${tokenResponse.status}`);
}
const { token, userId } = await tokenResponse.json();

const directLine = new DirectLine({ token, domain: new URL('/v3/directline', baseUrl).href, webSocket: true });
const result = { welcome: null, echoed: false, answer: null, replyToId: null, postId: null, postToAnswerMs: null, welcomeFirst: null };
let postedAt = 0;

const posted = (activity) =>
  new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));

// The answer can arrive on the socket before the POST's response gives us its id, so keep bot messages and match both ways.
const botMessages = [];
const finishIfAnswered = () => {
  const answer = result.postId && botMessages.find((activity) => activity.replyToId === result.postId);
  // The welcome answers the join event, not the question: decided here, once both posts' ids are known.
  const welcome = botMessages.find((activity) => activity.replyToId !== result.postId);
  // The echo too: it is how Web Chat marks the question sent, and it can reach this subscriber after the answer.
  if (!answer || !welcome || !result.echoed) {
    return;
  }
  result.welcome = welcome.text;
  // The server's order, as Web Chat shows it (it sorts the transcript by timestamp): the welcome's sequence number and
  // timestamp come before the answer's. Arrival order at this subscriber is not what is checked: directlinejs passes
  // each socket frame through flatMap and its scheduler, and a loaded CI run once saw the two swapped here.
  const sequence = (activity) => Number(activity.id.split('|').pop());
  result.welcomeFirst = sequence(welcome) < sequence(answer) && Date.parse(welcome.timestamp) < Date.parse(answer.timestamp);
  result.answer = answer.text;
  result.replyToId = answer.replyToId;
  result.postToAnswerMs = answer.receivedAt - postedAt;
  console.log(JSON.stringify(result));
  directLine.end();
  process.exit(0);
};

directLine.activity$.subscribe((activity) => {
  if (activity.type !== 'message') {
    return;
  }
  if (activity.from && activity.from.role === 'bot') {
    botMessages.push({ ...activity, receivedAt: Date.now() });
    finishIfAnswered();
  } else if (activity.text === question && activity.from.id === userId) {
    result.echoed = true;
    finishIfAnswered();
  }
}, (error) => fail(`activity stream failed: ${error}`));

// 2 = Online (ConnectionStatus); send the join event as Web Chat's page does, then the question.
directLine.connectionStatus$.subscribe(async (status) => {
  if (status !== 2 || postedAt) {
    return;
  }
  try {
    postedAt = Date.now();
    await posted({ type: 'event', name: 'webchat/join', value: { language: 'en-US' }, from: { id: userId } });
    postedAt = Date.now();
    result.postId = await posted({ type: 'message', text: question, from: { id: userId, role: 'user' } });
    finishIfAnswered();
  } catch (error) {
    fail(`post failed: ${error}`);
  }
});
