/**
 * Polarity of common emoji and emoticons (hand-assigned, −3 … +3). Skin-tone modifiers and VS16 are stripped
 * before lookup.
 */
function table(spec: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of spec.trim().split('\n')) {
    const [score, chars] = line.trim().split(/\s+(.*)/s);
    for (const c of (chars ?? '').split(/\s+/)) if (c) m.set(c, Number(score));
  }
  return m;
}

export const EMOJI_POLARITY: ReadonlyMap<string, number> = table(`
3 😍 🥰 😘 ❤ 💕 💖 💗 💓 💞 💘 💝 ♥ 🤩 🥳 💯 🙌 👏 🏆 🎉 🎊 😻 💙 💚 💛 💜 🧡 🤍 🩵 🩷 🤎 🖤 ❣ 💟 ✨ 🌟 ⭐ 🤗
2 😊 😀 😃 😄 😁 😆 😂 🤣 😋 😎 👍 👌 🔥 💪 🙂 😇 ☺ 😺 😸 🌹 🌸 🌺 💐 🎁 ✅ ✔ 🆒 😉 😌 🤤 🫶 🤌 💋 🍾 🥂 🍀 🌈 ☀ 😜 😝 😛 🤑 🤝
1 🙏 😅 🌞 🎶 🎵 🙈 😏 🫡 👋 😮 🤭
-1 😐 😑 🤔 🙄 😬 😶 🫠 😳 😯 🥲 😕 🫤 🤨 😒 😴 🥱 🤐
-2 😢 😥 😓 😔 😞 😟 😩 😫 😣 😖 🙁 ☹ 👎 💔 😿 🤢 🤮 😷 🤒 🤕 😰 😨 😱 🥺 😪 ❌ ⚠ 🚫 💩 🤦 🤷
-3 😭 😡 😠 🤬 👿 💀 ☠ 🖕 😤
`);

export const EMOTICON_POLARITY: ReadonlyMap<string, number> = new Map([
  [':)', 2],
  [':-)', 2],
  ['=)', 2],
  [':]', 2],
  [':d', 3],
  [':-d', 3],
  ['=d', 3],
  ['xd', 2],
  [';)', 2],
  [';-)', 2],
  [':p', 1],
  [':-p', 1],
  ['<3', 3],
  ['^^', 2],
  [':*', 2],
  [':(', -2],
  [':-(', -2],
  ['=(', -2],
  [':[', -2],
  [":'(", -3],
  [':/', -1],
  [':-/', -1],
  [':\\', -1],
  [':|', -1],
  ['d:', -2],
]);
