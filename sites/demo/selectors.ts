// The bundled demo thread (assets/demo/index.html). Its markup is ours, so plain classes are fine here.
export const demoSelectors = {
  item: 'article.demo-comment',
  author: 'a.demo-author',
  handle: '.demo-handle',
  verified: '.demo-verified',
  followers: '[data-followers]',
  text: '.demo-text',
  permalink: 'a.demo-permalink',
  time: 'time[datetime]',
  replyButton: 'button.demo-reply',
  replyBox: 'form.demo-composer textarea',
} as const;
