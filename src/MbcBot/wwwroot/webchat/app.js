// MbcBot page: gets a per-conversation Direct Line token from the bot, then renders the official Web Chat
// (served by the bot at /lib/webchat.js) connected to the bot's own Direct Line at <origin>/v3/directline.
(function () {
  'use strict';

  // Read synchronously: document.currentScript is null once this function awaits.
  var nonce = document.currentScript && document.currentScript.nonce;
  var host = document.getElementById('webchat');
  var status = document.getElementById('webchat-status');
  var disclaimerDetails = document.getElementById('disclaimer-details');
  var disclaimerParagraph = disclaimerDetails && disclaimerDetails.querySelector('p');

  function showProblem(message) {
    status.textContent = message;
    status.hidden = false;
  }

  if (!window.WebChat) {
    showProblem('The chat could not be loaded. Please reload the page.');
    return;
  }

  // Phones: same breakpoint as app.css.
  var narrow = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;

  // On a phone the disclaimer closes to its one-line summary once the first question is sent: it was open (and read)
  // before the question, and its summary opens it again. Wide screens keep it open.
  function collapseDisclaimerOnPhone() {
    if (narrow && disclaimerDetails && disclaimerDetails.open && !disclaimerDetails.dataset.collapsed) {
      disclaimerDetails.dataset.collapsed = 'true';
      disclaimerDetails.open = false;
      document.body.classList.add('has-asked');
    }
  }

  // Web Chat scrolls a new reply to its start (autoScrollSnapOnPage below) only once the user has sent something; the
  // welcome, which arrives first, would be shown from its end. So the page scrolls the transcript back to the welcome's
  // start once, after Web Chat's own scroll has settled. Sending a message scrolls to the end again (Web Chat).
  var asked = false;
  var welcomeShown = false;

  function showWelcomeFromItsStart() {
    var scroller = host.querySelector('.webchat__basic-transcript__scrollable');
    var first = host.querySelector('.webchat__basic-transcript__activity');
    if (!scroller || !first) {
      return;
    }
    var last = -1;
    var waited = 0;
    (function settle() {
      if (asked) {
        return;
      }
      if (scroller.scrollTop === last || waited >= 2000) {
        scroller.scrollTop = Math.max(0, first.offsetTop - 8);
        return;
      }
      last = scroller.scrollTop;
      waited += 150;
      setTimeout(settle, 150);
    })();
  }

  // Web Chat sends its conversationUpdate late; this event tells the bot the user is here, so it can welcome at once
  // (Web Chat sample 04.api/a.welcome-event).
  var store = window.WebChat.createStore({}, function (api) {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          api.dispatch({
            type: 'WEB_CHAT/SEND_EVENT',
            payload: { name: 'webchat/join', value: { language: navigator.language } }
          });
        } else if (action.type === 'WEB_CHAT/SEND_MESSAGE' || action.type === 'WEB_CHAT/SEND_MESSAGE_BACK' || action.type === 'WEB_CHAT/SEND_POST_BACK') {
          asked = true;
          collapseDisclaimerOnPhone();
        } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && !welcomeShown && !asked) {
          var activity = action.payload && action.payload.activity;
          if (activity && activity.type === 'message' && activity.from && activity.from.role === 'bot') {
            welcomeShown = true;
            setTimeout(showWelcomeFromItsStart, 150);
          }
        }
        return next(action);
      };
    };
  });

  // The fixed disclaimer closes every answer, word for word; its paragraph gets the class "mbc-footnote" so app.css sets
  // it as a compact footnote. Web Chat's own renderer (which sanitises) renders the Markdown; only a class is added.
  var disclaimerText = normalise(disclaimerParagraph ? disclaimerParagraph.textContent : '');

  function normalise(text) {
    return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  }

  function renderMarkdown() {
    var html = window.WebChat.renderMarkdown.apply(null, arguments);
    if (!disclaimerText || typeof html !== 'string') {
      return html;
    }
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    var marked = false;
    Array.prototype.forEach.call(parsed.body.querySelectorAll('p'), function (paragraph) {
      if (normalise(paragraph.textContent) === disclaimerText) {
        paragraph.classList.add('mbc-footnote');
        marked = true;
      }
    });
    return marked ? parsed.body.innerHTML : html;
  }

  fetch('/api/webchat/token', { method: 'POST', credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    })
    .then(function (session) {
      window.WebChat.renderWebChat(
        {
          directLine: window.WebChat.createDirectLine({
            token: session.token,
            domain: window.location.origin + '/v3/directline',
            webSocket: true
          }),
          store: store,
          nonce: nonce,
          locale: 'en-US',
          renderMarkdown: renderMarkdown,
          styleOptions: {
            hideUploadButton: true,
            accent: '#4a1f73',
            // Phones: no avatar column, so replies use the whole width.
            botAvatarInitials: narrow ? undefined : 'MB',
            bubbleMaxWidth: 640,
            primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            // A new reply scrolls until its first line reaches the top of the transcript, not to its end: the start
            // of an answer (its heading) and an escalation's "Call 911 now" are read first. Web Chat's auto-scroll
            // snap (BasicTranscript.tsx, useScroller): the scroll stops where the first activity after the user's
            // last message starts; the offset leaves 8 px above it.
            autoScrollSnapOnPage: true,
            autoScrollSnapOnPageOffset: -8,
            // Touch targets of at least 44 x 44 px: send button (square, sendBoxHeight) and follow-up questions.
            sendBoxHeight: 44,
            suggestedActionHeight: 44,
            // Phones: follow-up questions as a vertical list whose text wraps, so every question is read whole and no
            // carousel arrow lies over it. Wider screens: buttons side by side, wrapping onto more lines.
            suggestedActionLayout: narrow ? 'stacked' : 'flow',
            suggestedActionsStackedLayoutButtonTextWrap: true
          }
        },
        host
      );
    })
    .catch(function () {
      showProblem('The chat could not connect to MbcBot. Please reload the page in a moment.');
    });
})();
