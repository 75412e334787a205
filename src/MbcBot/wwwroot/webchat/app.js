// MbcBot page: gets a per-conversation Direct Line token from the bot, then renders the official Web Chat
// (served by the bot at /lib/webchat.js) connected to the bot's own Direct Line at <origin>/v3/directline.
(function () {
  'use strict';

  // Read synchronously: document.currentScript is null once this function awaits.
  var nonce = document.currentScript && document.currentScript.nonce;
  var host = document.getElementById('webchat');
  var status = document.getElementById('webchat-status');

  function showProblem(message) {
    status.textContent = message;
    status.hidden = false;
  }

  if (!window.WebChat) {
    showProblem('The chat could not be loaded. Please reload the page.');
    return;
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
        }
        return next(action);
      };
    };
  });

  // Phones: follow-up questions in one scrollable row (carousel) instead of a stack of full-width buttons, so they take
  // one line of the conversation's height rather than three. Same breakpoint as app.css.
  var narrow = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches;

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
          styleOptions: {
            hideUploadButton: true,
            accent: '#4a1f73',
            botAvatarInitials: 'MB',
            bubbleMaxWidth: 640,
            primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            suggestedActionLayout: narrow ? 'carousel' : 'flow',
            suggestedActionHeight: narrow ? 36 : 40
          }
        },
        host
      );
    })
    .catch(function () {
      showProblem('The chat could not connect to MbcBot. Please reload the page in a moment.');
    });
})();
