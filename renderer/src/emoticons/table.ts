// The emoticon table (../shared/ui-spec.md §4.3). Art is original (emoticons/art.ts).
// Tier A = pre-6.0, B = 6.0, H = hidden (works typed, not in the picker), L = later, off.

export type EmoticonTier = 'A' | 'B' | 'H' | 'L';

export interface Emoticon {
  /** Stable id, also the art key. */
  id: string;
  name: string;
  shortcuts: readonly string[];
  tier: EmoticonTier;
  /** Matches only exactly as written (the capital `(S)`, §4.1). */
  caseSensitive?: boolean;
}

const e = (
  id: string,
  name: string,
  shortcuts: string[],
  tier: EmoticonTier,
  caseSensitive?: boolean,
): Emoticon =>
  caseSensitive ? { id, name, shortcuts, tier, caseSensitive } : { id, name, shortcuts, tier };

export const EMOTICONS: readonly Emoticon[] = [
  e('smile', 'Smile', [':)', ':-)'], 'A'),
  e('grin', 'Open-mouthed', [':D', ':-D', ':>', ':->'], 'A'),
  e('surprised', 'Surprised', [':O', ':-O'], 'A'),
  e('tongue', 'Tongue out', [':P', ':-P'], 'A'),
  e('wink', 'Wink', [';)', ';-)'], 'A'),
  e('sad', 'Sad', [':(', ':-(', ':<', ':-<'], 'A'),
  e('confused', 'Confused', [':S', ':-S'], 'A'),
  e('disappointed', 'Disappointed', [':|', ':-|'], 'A'),
  e('crying', 'Crying', [":'("], 'A'),
  e('embarrassed', 'Embarrassed', [':$', ':-$'], 'A'),
  e('hot', 'Hot', ['(H)'], 'A'),
  e('angry', 'Angry', [':@', ':-@'], 'A'),
  e('angel', 'Angel', ['(A)'], 'A'),
  e('devil', 'Devil', ['(6)'], 'A'),
  e('bat', 'Vampire bat', [':-[', ':['], 'A'),
  e('heart', 'Red heart', ['(L)'], 'A'),
  e('brokenheart', 'Broken heart', ['(U)'], 'A'),
  e('lips', 'Red lips', ['(K)'], 'A'),
  e('rose', 'Red rose', ['(F)'], 'A'),
  e('wilted', 'Wilted rose', ['(W)'], 'A'),
  e('gift', 'Gift with a bow', ['(G)'], 'A'),
  e('cake', 'Birthday cake', ['(^)'], 'A'),
  e('coffee', 'Coffee cup', ['(C)'], 'A'),
  e('beer', 'Beer mug', ['(B)'], 'A'),
  e('martini', 'Martini glass', ['(D)'], 'A'),
  e('thumbsup', 'Thumbs up', ['(Y)'], 'A'),
  e('thumbsdown', 'Thumbs down', ['(N)'], 'A'),
  e('boy', 'Boy', ['(Z)'], 'A'),
  e('girl', 'Girl', ['(X)'], 'A'),
  e('hugleft', 'Left hug', ['({)'], 'A'),
  e('hugright', 'Right hug', ['(})'], 'A'),
  e('cat', 'Cat face', ['(@)'], 'A'),
  e('dog', 'Dog face', ['(&)'], 'A'),
  e('moon', 'Sleeping half-moon', ['(S)'], 'A', true),
  e('star', 'Star', ['(*)'], 'A'),
  e('note', 'Note', ['(8)'], 'A'),
  e('film', 'Filmstrip', ['(~)'], 'A'),
  e('email', 'E-mail', ['(E)'], 'A'),
  e('camera', 'Camera', ['(P)'], 'A'),
  e('phone', 'Telephone receiver', ['(T)'], 'A'),
  e('bulb', 'Light bulb', ['(I)'], 'A'),
  e('clock', 'Clock', ['(O)'], 'A'),
  e('mark', 'Tweener icon', ['(M)'], 'A'),
  e('secret', "Don't tell anyone", [':-#'], 'B'),
  e('teeth', 'Baring teeth', ['8o|'], 'B'),
  e('nerd', 'Nerd', ['8-|'], 'B'),
  e('sarcastic', 'Sarcastic', ['^o)'], 'B'),
  e('telling', 'Secret telling', [':-*'], 'B'),
  e('sick', 'Sick', ['+o('], 'B'),
  e('dunno', "I don't know", [':^)'], 'B'),
  e('thinking', 'Thinking', ['*-)'], 'B'),
  e('party', 'Party', ['<:o)'], 'B'),
  e('eyeroll', 'Eye-rolling', ['8-)'], 'B'),
  e('sleepy', 'Sleepy', ['|-)'], 'B'),
  e('snail', 'Snail', ['(sn)'], 'B'),
  e('sheep', 'Black Sheep', ['(bah)'], 'B'),
  e('plate', 'Plate', ['(pl)'], 'B'),
  e('bowl', 'Bowl', ['(||)'], 'B'),
  e('pizza', 'Pizza', ['(pi)'], 'B'),
  e('soccer', 'Soccer ball', ['(so)'], 'B'),
  e('car', 'Auto', ['(au)'], 'B'),
  e('plane', 'Airplane', ['(ap)'], 'B'),
  e('umbrella', 'Umbrella', ['(um)'], 'B'),
  e('island', 'Island with a palm tree', ['(ip)'], 'B'),
  e('computer', 'Computer', ['(co)'], 'B'),
  e('mobile', 'Mobile Phone', ['(mp)'], 'B'),
  e('storm', 'Stormy cloud', ['(st)'], 'B'),
  e('lightning', 'Lightning', ['(li)'], 'B'),
  e('money', 'Money', ['(mo)'], 'B'),
  e('brb', 'Be right back', ['(brb)'], 'H'),
  e('highfive', 'High five', ['(h5)'], 'H'),
  e('fingers', 'Fingers crossed', ['(yn)'], 'H'),
  e('turtle', 'Turtle', ['(tu)'], 'H'),
  e('handcuffs', 'Handcuffs', ['(%)'], 'H'),
  e('cigarette', 'Cigarette', ['(ci)'], 'H'),
  e('console', 'Game console', ['(xx)'], 'H'),
  e('sun', 'Sun', ['(#)'], 'H'),
  e('rainbow', 'Rainbow', ['(R)'], 'H'),
  e('asl', 'ASL', ['(?)'], 'H'),
  e('goat', 'Goat', ['(nah)'], 'L'),
];

/** Emoticons shown in the picker (hidden and later ones only work when typed). */
export const PICKER_EMOTICONS: readonly Emoticon[] = EMOTICONS.filter(
  (x) => x.tier === 'A' || x.tier === 'B',
);

export const EMOTICON_BY_ID: ReadonlyMap<string, Emoticon> = new Map(
  EMOTICONS.map((x) => [x.id, x]),
);
