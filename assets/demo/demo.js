// The demo thread's own behaviour, like a small social site: a Reply button opens an inline reply box
// under its comment; the Send button is enabled only while the box has text; sending appends the reply.
(function () {
  'use strict';
  function bindComposer(form) {
    var box = form.querySelector('textarea');
    var send = form.querySelector('.demo-send');
    var sync = function () {
      send.disabled = box.value.trim() === '';
    };
    box.addEventListener('input', sync);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var reply = document.createElement('p');
      reply.className = 'demo-sent-reply';
      reply.textContent = box.value;
      form.after(reply);
      box.value = '';
      sync();
    });
    sync();
  }

  function openReplyBox(comment) {
    var existing = comment.querySelector('form.demo-composer');
    if (existing) return existing;
    var form = document.createElement('form');
    form.className = 'demo-composer demo-inline-reply';
    var box = document.createElement('textarea');
    box.rows = 2;
    box.placeholder = 'Responder…';
    box.setAttribute('aria-label', 'Responder');
    var send = document.createElement('button');
    send.type = 'submit';
    send.className = 'demo-send';
    send.textContent = 'Enviar';
    form.append(box, send);
    comment.append(form);
    bindComposer(form);
    return form;
  }

  document.querySelectorAll('form[data-demo-composer]').forEach(bindComposer);
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.demo-reply');
    if (!button) return;
    var form = openReplyBox(button.closest('.demo-comment'));
    form.querySelector('textarea').focus();
  });
})();
