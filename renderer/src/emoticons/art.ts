// Original emoticon art for this project (../shared/ui-spec.md §4.3 art brief): 19×19 SVG built
// from a few parts, served as data: URIs so the transcript can use <img alt="shortcut">.
// Nothing here is traced from other artwork.

const OUTLINE = '#B8860B';
const INK = '#3A2A00';
const FACE = '#FFD43B';

type Eyes = 'dots' | 'wink' | 'closed' | 'shades' | 'glasses' | 'up' | 'wide' | 'angry' | 'tears';
type Mouth =
  | 'smile'
  | 'grin'
  | 'o'
  | 'tongue'
  | 'sad'
  | 'wavy'
  | 'flat'
  | 'zip'
  | 'teeth'
  | 'smirk'
  | 'kiss'
  | 'small';

interface FaceSpec {
  eyes: Eyes;
  mouth: Mouth;
  fill?: string;
  extra?: string;
}

function face({ eyes, mouth, fill = FACE, extra = '' }: FaceSpec): string {
  const eyeParts: Record<Eyes, string> = {
    dots: `<ellipse cx="6.8" cy="7.6" rx="1.1" ry="1.6" fill="${INK}"/><ellipse cx="12.2" cy="7.6" rx="1.1" ry="1.6" fill="${INK}"/>`,
    wink: `<ellipse cx="6.8" cy="7.6" rx="1.1" ry="1.6" fill="${INK}"/><path d="M10.8 8h2.8" stroke="${INK}" stroke-width="1.2" stroke-linecap="round"/>`,
    closed: `<path d="M5.6 8q1.2 1 2.4 0M11 8q1.2 1 2.4 0" stroke="${INK}" stroke-width="1.1" fill="none" stroke-linecap="round"/>`,
    shades: `<path d="M3.8 6.4h11.4l-.6 2.6q-1.6 1.2-3.4 0l-.8-1.4h-1.8l-.8 1.4q-1.8 1.2-3.4 0z" fill="#222"/>`,
    glasses: `<circle cx="6.6" cy="7.8" r="2.2" fill="#fff" stroke="${INK}" stroke-width=".9"/><circle cx="12.4" cy="7.8" r="2.2" fill="#fff" stroke="${INK}" stroke-width=".9"/><path d="M8.8 7.8h1.4" stroke="${INK}" stroke-width=".9"/><circle cx="6.6" cy="8" r=".8" fill="${INK}"/><circle cx="12.4" cy="8" r=".8" fill="${INK}"/>`,
    up: `<circle cx="6.8" cy="7.6" r="1.8" fill="#fff" stroke="${INK}" stroke-width=".6"/><circle cx="12.2" cy="7.6" r="1.8" fill="#fff" stroke="${INK}" stroke-width=".6"/><circle cx="7" cy="6.6" r=".8" fill="${INK}"/><circle cx="12.4" cy="6.6" r=".8" fill="${INK}"/>`,
    wide: `<circle cx="6.8" cy="7.4" r="1.9" fill="#fff" stroke="${INK}" stroke-width=".6"/><circle cx="12.2" cy="7.4" r="1.9" fill="#fff" stroke="${INK}" stroke-width=".6"/><circle cx="6.8" cy="7.6" r=".9" fill="${INK}"/><circle cx="12.2" cy="7.6" r=".9" fill="${INK}"/>`,
    angry: `<path d="M5 5.6l3 1.4M14 5.6l-3 1.4" stroke="${INK}" stroke-width="1.1" stroke-linecap="round"/><circle cx="6.8" cy="8.2" r="1" fill="${INK}"/><circle cx="12.2" cy="8.2" r="1" fill="${INK}"/>`,
    tears: `<path d="M5.6 8q1.2-1 2.4 0M11 8q1.2-1 2.4 0" stroke="${INK}" stroke-width="1.1" fill="none"/><path d="M6 9.5q-.9 1.6 0 2.2q.9-.6 0-2.2zM13 9.5q-.9 1.6 0 2.2q.9-.6 0-2.2z" fill="#4AA3FF"/>`,
  };
  const mouthParts: Record<Mouth, string> = {
    smile: `<path d="M5.8 11.6q3.7 3.6 7.4 0" stroke="${INK}" stroke-width="1.2" fill="none" stroke-linecap="round"/>`,
    grin: `<path d="M5.2 10.8h8.6q-.6 4.2-4.3 4.2t-4.3-4.2z" fill="${INK}"/><path d="M6.4 11.4h6.2l-.3 1h-5.6z" fill="#fff"/>`,
    o: `<ellipse cx="9.5" cy="12.6" rx="1.8" ry="2.1" fill="${INK}"/>`,
    tongue: `<path d="M5.8 11.4q3.7 2.6 7.4 0" stroke="${INK}" stroke-width="1.2" fill="none" stroke-linecap="round"/><path d="M8.2 12.2h3v1.6q-1.5 1.6-3 0z" fill="#E5483B"/>`,
    sad: `<path d="M6 14q3.5-3.2 7 0" stroke="${INK}" stroke-width="1.2" fill="none" stroke-linecap="round"/>`,
    wavy: `<path d="M5.6 12.8q1-1.2 2-0t2 0t2 0t2 0" stroke="${INK}" stroke-width="1.1" fill="none" stroke-linecap="round"/>`,
    flat: `<path d="M6.2 12.6h6.6" stroke="${INK}" stroke-width="1.2" stroke-linecap="round"/>`,
    zip: `<path d="M5.6 12.4h7.8" stroke="${INK}" stroke-width="1.2"/><path d="M6.6 11.6v1.6M8.2 11.6v1.6M9.8 11.6v1.6M11.4 11.6v1.6" stroke="${INK}" stroke-width=".7"/>`,
    teeth: `<rect x="5" y="10.8" width="9" height="3.6" rx="1" fill="#fff" stroke="${INK}" stroke-width=".8"/><path d="M5 12.6h9M7.2 10.8v3.6M9.5 10.8v3.6M11.8 10.8v3.6" stroke="${INK}" stroke-width=".5"/>`,
    smirk: `<path d="M6.6 12.6q3.4.6 6-1.6" stroke="${INK}" stroke-width="1.2" fill="none" stroke-linecap="round"/>`,
    kiss: `<path d="M8.4 11.6q1.1-.8 2.2 0q-1.1.6 0 1.2q-1.1.8-2.2 0" fill="#E5483B"/>`,
    small: `<path d="M8 12.6q1.5 1 3 0" stroke="${INK}" stroke-width="1.1" fill="none" stroke-linecap="round"/>`,
  };
  return (
    `<circle cx="9.5" cy="9.5" r="8.4" fill="${fill}" stroke="${OUTLINE}" stroke-width="1"/>` +
    `<ellipse cx="6.6" cy="5.2" rx="3" ry="1.8" fill="#fff" opacity=".6"/>` +
    eyeParts[eyes] +
    mouthParts[mouth] +
    extra
  );
}

const heart = (fill: string): string =>
  `<path d="M9.5 16.5L3 10.2Q.6 7.4 2.6 4.6q2.8-2.6 6.9.8q4.1-3.4 6.9-.8q2 2.8-.4 5.6z" fill="${fill}" stroke="#8E1512" stroke-width="1"/><ellipse cx="5.4" cy="6.2" rx="1.6" ry="1" fill="#fff" opacity=".6"/>`;

const figure = (fill: string, dx = 0): string =>
  `<circle cx="${9.5 + dx}" cy="5.4" r="3.2" fill="${fill}" stroke="#333" stroke-width=".8"/><path d="M${3.5 + dx} 17.5q0-7.2 6-7.2t6 7.2z" fill="${fill}" stroke="#333" stroke-width=".8"/>`;

const FACES: Record<string, FaceSpec> = {
  smile: { eyes: 'dots', mouth: 'smile' },
  grin: { eyes: 'dots', mouth: 'grin' },
  surprised: { eyes: 'wide', mouth: 'o' },
  tongue: { eyes: 'dots', mouth: 'tongue' },
  wink: { eyes: 'wink', mouth: 'smile' },
  sad: { eyes: 'dots', mouth: 'sad' },
  confused: { eyes: 'dots', mouth: 'wavy' },
  disappointed: { eyes: 'dots', mouth: 'flat' },
  crying: { eyes: 'tears', mouth: 'sad' },
  embarrassed: {
    eyes: 'closed',
    mouth: 'small',
    extra:
      '<ellipse cx="4.6" cy="11" rx="1.8" ry="1.1" fill="#F08080"/><ellipse cx="14.4" cy="11" rx="1.8" ry="1.1" fill="#F08080"/>',
  },
  hot: { eyes: 'shades', mouth: 'smirk' },
  angry: { eyes: 'angry', mouth: 'sad', fill: '#E5483B' },
  angel: {
    eyes: 'closed',
    mouth: 'smile',
    extra:
      '<ellipse cx="9.5" cy="1.8" rx="5" ry="1.4" fill="none" stroke="#F5C400" stroke-width="1.2"/>',
  },
  devil: {
    eyes: 'angry',
    mouth: 'smirk',
    fill: '#B04AD8',
    extra: '<path d="M3 4L2 .5 6 2.6zM16 4l1-3.5L13 2.6z" fill="#7A1FA2"/>',
  },
  secret: { eyes: 'dots', mouth: 'zip' },
  teeth: { eyes: 'angry', mouth: 'teeth' },
  nerd: { eyes: 'glasses', mouth: 'teeth' },
  sarcastic: {
    eyes: 'dots',
    mouth: 'smirk',
    extra: `<path d="M10.6 4.6q1.6-1.4 3.2 0" stroke="${INK}" stroke-width="1" fill="none"/>`,
  },
  telling: {
    eyes: 'wink',
    mouth: 'small',
    extra: '<path d="M12 10.5h4.5v5H12z" fill="#FFC68A" stroke="#A06400" stroke-width=".7"/>',
  },
  sick: { eyes: 'closed', mouth: 'wavy', fill: '#9AD14B' },
  dunno: {
    eyes: 'up',
    mouth: 'flat',
    extra:
      '<path d="M.6 12.5l2.4-2 1 3zM18.4 12.5l-2.4-2-1 3z" fill="#FFC68A" stroke="#A06400" stroke-width=".6"/>',
  },
  thinking: {
    eyes: 'up',
    mouth: 'flat',
    extra: '<circle cx="13.6" cy="15" r="2" fill="#FFC68A" stroke="#A06400" stroke-width=".7"/>',
  },
  party: {
    eyes: 'dots',
    mouth: 'grin',
    extra:
      '<path d="M6.4 4.4L9.5.9l3.1 3.5z" fill="#E5483B" stroke="#8E1512" stroke-width=".6"/><circle cx="9.5" cy="1" r="1" fill="#F5C400"/>',
  },
  eyeroll: { eyes: 'up', mouth: 'flat' },
  sleepy: {
    eyes: 'closed',
    mouth: 'o',
    extra: '<path d="M13.6 1h3l-3 3h3" stroke="#2E63C7" stroke-width=".9" fill="none"/>',
  },
};

const OBJECTS: Record<string, string> = {
  bat: '<path d="M9.5 7q-1.5-2-3-1Q4 4 .5 7q2.5 0 3 2.5 1.5-1.4 3 0 1.3-.8 3 1.8 1.7-2.6 3-1.8 1.5-1.4 3 0 .5-2.5 3-2.5-3.5-3-6-1-1.5-1-3 1z" fill="#333"/><circle cx="8.5" cy="7.6" r=".5" fill="#F5C400"/><circle cx="10.5" cy="7.6" r=".5" fill="#F5C400"/>',
  heart: heart('#E5243B'),
  brokenheart:
    heart('#E5243B') +
    '<path d="M9.5 5.4l-1.4 3 2.4 2-1.6 3" stroke="#fff" stroke-width="1.2" fill="none"/>',
  lips: '<path d="M1.5 9.5q4-5 8-2.5 4-2.5 8 2.5-4 5-8 4.5-4 .5-8-4.5z" fill="#E5243B" stroke="#8E1512" stroke-width=".8"/><path d="M2.5 9.6q7 1.2 14 0" stroke="#8E1512" stroke-width=".8" fill="none"/>',
  rose: '<path d="M9.5 10v8" stroke="#2E8B2E" stroke-width="1.4"/><path d="M9.5 14q-3-2-4 .5 2 1 4-.5z" fill="#3FA535"/><circle cx="9.5" cy="6" r="4.6" fill="#E5243B" stroke="#8E1512" stroke-width=".8"/><path d="M7.5 5.5q2-2 4 0-2 2.4-4 0z" fill="#8E1512"/>',
  wilted:
    '<path d="M9.5 18V9q0-3 3-4" stroke="#6B7B2E" stroke-width="1.4" fill="none"/><circle cx="13.6" cy="8" r="3.4" fill="#8E4B3B" stroke="#5A2A1F" stroke-width=".8"/>',
  gift: '<rect x="2.5" y="7.5" width="14" height="10" fill="#2E63C7" stroke="#1E3E8C" stroke-width=".8"/><rect x="2" y="5.5" width="15" height="3" fill="#4B82E0" stroke="#1E3E8C" stroke-width=".8"/><path d="M9.5 5.5v12" stroke="#F5C400" stroke-width="2"/><path d="M9.5 5.5q-4-4-5-1 1 1.5 5 1zM9.5 5.5q4-4 5-1-1 1.5-5 1z" fill="#F5C400"/>',
  cake: '<rect x="2.5" y="9" width="14" height="8" rx="1" fill="#F6D1A8" stroke="#A06400" stroke-width=".8"/><path d="M2.5 11.5h14" stroke="#F08080" stroke-width="1.6"/><path d="M6 4v5M9.5 4v5M13 4v5" stroke="#2E63C7" stroke-width="1.2"/><path d="M6 1.6l.7 1.6h-1.4zM9.5 1.6l.7 1.6h-1.4zM13 1.6l.7 1.6h-1.4z" fill="#F0A417"/>',
  coffee:
    '<path d="M3 7h10v7q0 3-3 3H6q-3 0-3-3z" fill="#fff" stroke="#5A3A1A" stroke-width=".9"/><path d="M13 9h1.5q2 0 2 2t-2 2H13" stroke="#5A3A1A" stroke-width=".9" fill="none"/><path d="M4 8h8" stroke="#6B3E1A" stroke-width="1.4"/><path d="M6 5q-1-2 0-3M9 5q-1-2 0-3" stroke="#999" stroke-width=".8" fill="none"/>',
  beer: '<rect x="3" y="5" width="10" height="12" rx="1" fill="#F0A417" stroke="#A06400" stroke-width=".9"/><path d="M13 8h2q2 0 2 2v2q0 2-2 2h-2" stroke="#A06400" stroke-width="1" fill="none"/><path d="M2.6 5.6q0-3 3-2.6 1-1.6 3-.6 2-1 3.4.6 2 0 1.8 2.6z" fill="#fff" stroke="#ccc" stroke-width=".6"/>',
  martini:
    '<path d="M2 3h15L9.5 10.5z" fill="#BFE6FF" stroke="#2E63C7" stroke-width=".9"/><path d="M9.5 10.5V16M6 17h7" stroke="#2E63C7" stroke-width="1.1"/><circle cx="11.5" cy="5.5" r="1.2" fill="#3FA535"/>',
  thumbsup:
    '<path d="M6 9l3-7q2 0 1.6 3L10 8h5q2 .4 1.4 2.4l-1.6 5.4q-.6 1.4-2 1.4H6z" fill="#FFD43B" stroke="#B8860B" stroke-width=".9"/><rect x="2" y="8.5" width="4" height="9" fill="#2E63C7" stroke="#1E3E8C" stroke-width=".8"/>',
  thumbsdown:
    '<path d="M6 10l3 7q2 0 1.6-3L10 11h5q2-.4 1.4-2.4l-1.6-5.4Q14.2 1.8 12.8 1.8H6z" fill="#FFD43B" stroke="#B8860B" stroke-width=".9"/><rect x="2" y="1.5" width="4" height="9" fill="#2E63C7" stroke="#1E3E8C" stroke-width=".8"/>',
  boy: figure('#4B82E0'),
  girl:
    figure('#F07AB0') +
    '<path d="M6 4q3.5-4 7 0" stroke="#8E3A62" stroke-width="1.2" fill="none"/>',
  hugleft:
    figure('#4B82E0', 2) +
    '<path d="M11 12Q4 11 2 14" stroke="#333" stroke-width="1.6" fill="none" stroke-linecap="round"/>',
  hugright:
    figure('#F07AB0', -2) +
    '<path d="M8 12q7-1 9 2" stroke="#333" stroke-width="1.6" fill="none" stroke-linecap="round"/>',
  cat: '<path d="M3 8L3.5 2l4 3.4h4L15.5 2l.5 6q1 7-6.5 8.5Q2 15 3 8z" fill="#F0A417" stroke="#A06400" stroke-width=".9"/><circle cx="7" cy="9" r="1" fill="#333"/><circle cx="12" cy="9" r="1" fill="#333"/><path d="M9.5 11l-1 1h2zM2 11.5l4 .5M17 11.5l-4 .5" stroke="#333" stroke-width=".6"/>',
  dog: '<ellipse cx="9.5" cy="10" rx="6.2" ry="6.6" fill="#D9A066" stroke="#8A5A2B" stroke-width=".9"/><path d="M3.6 6Q1 8 2 13l2.6-3zM15.4 6q2.6 2 1.6 7l-2.6-3z" fill="#8A5A2B"/><circle cx="7.4" cy="9" r="1" fill="#333"/><circle cx="11.6" cy="9" r="1" fill="#333"/><ellipse cx="9.5" cy="12.6" rx="1.6" ry="1.1" fill="#333"/>',
  moon: '<path d="M12 1.5a8 8 0 1 0 5 14A7 7 0 0 1 12 1.5z" fill="#F5D442" stroke="#B8860B" stroke-width=".9"/><path d="M6 9q1.2 1 2.4 0" stroke="#3A2A00" stroke-width="1" fill="none"/><path d="M13 2h2.6l-2.6 2.6h2.6" stroke="#2E63C7" stroke-width=".8" fill="none"/>',
  star: '<path d="M9.5 1l2.5 5.4 5.8.7-4.3 4 1.2 5.8-5.2-3-5.2 3 1.2-5.8-4.3-4 5.8-.7z" fill="#F5D442" stroke="#B8860B" stroke-width=".9"/>',
  note: '<path d="M7 15V4l9-2v11" stroke="#333" stroke-width="1.4" fill="none"/><ellipse cx="5" cy="15" rx="2.6" ry="2" fill="#333"/><ellipse cx="14" cy="13.4" rx="2.6" ry="2" fill="#333"/>',
  film: '<rect x="1.5" y="4" width="16" height="11" fill="#333"/><rect x="4" y="6.4" width="5" height="6.2" fill="#8FB2FF"/><rect x="10" y="6.4" width="5" height="6.2" fill="#8FB2FF"/><path d="M2.5 5h1M5.5 5h1M8.5 5h1M11.5 5h1M14.5 5h1M2.5 14h1M5.5 14h1M8.5 14h1M11.5 14h1M14.5 14h1" stroke="#fff" stroke-width=".8"/>',
  email:
    '<rect x="1.5" y="4" width="16" height="11" rx="1" fill="#fff" stroke="#2E63C7" stroke-width=".9"/><path d="M1.8 4.4l7.7 6 7.7-6" stroke="#2E63C7" stroke-width=".9" fill="none"/>',
  camera:
    '<rect x="1.5" y="5.5" width="16" height="10" rx="1.5" fill="#555" stroke="#222" stroke-width=".8"/><rect x="6" y="3.4" width="5" height="2.6" fill="#555"/><circle cx="9.5" cy="10.5" r="3.4" fill="#8FB2FF" stroke="#222" stroke-width=".9"/><circle cx="15" cy="7.5" r=".8" fill="#F5D442"/>',
  phone:
    '<path d="M3 6q0-3 3-3l2 3-2 2q1 3 4 5l2-2 3 2q0 3-3 3Q3 15 3 6z" fill="#333" stroke="#111" stroke-width=".6"/>',
  bulb: '<path d="M9.5 1.5a5.5 5.5 0 0 0-3.2 10l.4 2.5h5.6l.4-2.5a5.5 5.5 0 0 0-3.2-10z" fill="#FFF07A" stroke="#B8860B" stroke-width=".9"/><rect x="6.8" y="14" width="5.4" height="3.4" rx=".8" fill="#999"/>',
  clock:
    '<circle cx="9.5" cy="9.5" r="8" fill="#fff" stroke="#2E63C7" stroke-width="1.2"/><path d="M9.5 4.5v5l3.5 2" stroke="#333" stroke-width="1.2" fill="none" stroke-linecap="round"/>',
  mark: figure('#2F6FD6', 2.5) + figure('#35B12C', -2),
  snail:
    '<circle cx="10.5" cy="9" r="5" fill="#D9A066" stroke="#8A5A2B" stroke-width=".9"/><path d="M10.5 9m-2 0a2 2 0 1 0 4 0" stroke="#8A5A2B" fill="none"/><path d="M1 16h16q-1-2-4-2H5Q3 14 1 16zM4 14V9M2.8 8.6h2.4" stroke="#6B7B2E" stroke-width="1" fill="#9AD14B"/>',
  sheep:
    '<ellipse cx="10.5" cy="10" rx="6.5" ry="4.6" fill="#333"/><circle cx="4" cy="8.4" r="2.6" fill="#222"/><path d="M6.5 14v3.5M14 14v3.5" stroke="#222" stroke-width="1.4"/><circle cx="3.4" cy="8" r=".6" fill="#fff"/>',
  plate:
    '<ellipse cx="9.5" cy="11" rx="6" ry="5" fill="#fff" stroke="#999" stroke-width=".9"/><ellipse cx="9.5" cy="11" rx="3.6" ry="3" fill="none" stroke="#ccc" stroke-width=".7"/><path d="M1.5 5v12M1 5v3h1M18 5v12" stroke="#888" stroke-width="1"/>',
  bowl: '<path d="M2 9h15q-1 7-7.5 7T2 9z" fill="#fff" stroke="#2E63C7" stroke-width=".9"/><path d="M7 9l5-8M9.5 9l4-8" stroke="#A06400" stroke-width="1"/>',
  pizza:
    '<path d="M9.5 18L2 4q7.5-4 15 0z" fill="#F5C86B" stroke="#A06400" stroke-width=".9"/><circle cx="8" cy="7" r="1.3" fill="#D9302B"/><circle cx="11.5" cy="9" r="1.2" fill="#D9302B"/><circle cx="9.5" cy="12.5" r="1" fill="#D9302B"/>',
  soccer:
    '<circle cx="9.5" cy="9.5" r="8" fill="#fff" stroke="#333" stroke-width=".9"/><path d="M9.5 6.5l2.8 2-1 3.2H7.7l-1-3.2z" fill="#333"/><path d="M9.5 6.5V2M12.3 8.5l4-1.4M11.3 11.7l2.4 3.6M7.7 11.7l-2.4 3.6M6.7 8.5l-4-1.4" stroke="#333" stroke-width=".8"/>',
  car: '<path d="M1.5 13v-3l2-1 2-4h7l3 4 2 1v3z" fill="#D9302B" stroke="#8E1512" stroke-width=".9"/><path d="M6.2 6h2.8v3H5zM10 6h2.2l2 3H10z" fill="#BFE6FF"/><circle cx="5" cy="13.5" r="2" fill="#333"/><circle cx="14" cy="13.5" r="2" fill="#333"/>',
  plane:
    '<path d="M9.5 1q1 0 1 2v4.5l7 4v1.6l-7-2V15l2 1.4v1.2l-3-.8-3 .8v-1.2l2-1.4v-3.9l-7 2v-1.6l7-4V3q0-2 1-2z" fill="#ccd" stroke="#556" stroke-width=".7"/>',
  umbrella:
    '<path d="M1.5 9a8 7 0 0 1 16 0q-2-1.6-4 0-2-1.6-4 0-2-1.6-4 0-2-1.6-4 0z" fill="#B04AD8" stroke="#6A1F8A" stroke-width=".8"/><path d="M9.5 9v7q0 1.6-1.6 1.6T6.3 16" stroke="#333" stroke-width="1" fill="none"/>',
  island:
    '<ellipse cx="9.5" cy="16" rx="8" ry="2.5" fill="#F5D78A"/><path d="M9.5 16q-.4-6 1.4-10" stroke="#8A5A2B" stroke-width="1.2" fill="none"/><path d="M11 6Q7 2 3 5q4-.6 8 1zM11 6q3-4 7-1-4-.4-7 1zM11 6q1 4-2 6 .4-3 2-6z" fill="#3FA535"/>',
  computer:
    '<rect x="2" y="2" width="15" height="10" rx="1" fill="#ddd" stroke="#555" stroke-width=".9"/><rect x="3.5" y="3.5" width="12" height="7" fill="#4B82E0"/><path d="M7 12l-1 3h7l-1-3" fill="#bbb"/><rect x="3" y="15" width="13" height="2.6" rx=".6" fill="#ccc" stroke="#555" stroke-width=".6"/>',
  mobile:
    '<rect x="5.5" y="1.5" width="8" height="16" rx="1.6" fill="#555" stroke="#222" stroke-width=".8"/><rect x="6.8" y="3.4" width="5.4" height="5" fill="#BFE6FF"/><path d="M7.4 10.6h1M9 10.6h1M10.6 10.6h1M7.4 12.4h1M9 12.4h1M10.6 12.4h1M7.4 14.2h1M9 14.2h1M10.6 14.2h1" stroke="#ddd" stroke-width=".9"/>',
  storm:
    '<path d="M4 11a3.5 3.5 0 0 1 .6-7 4.6 4.6 0 0 1 8.6 1A3 3 0 0 1 15 11z" fill="#8A94A6" stroke="#4A5466" stroke-width=".8"/><path d="M5 13l-1 3M9 13l-1 3M13 13l-1 3" stroke="#4AA3FF" stroke-width="1.1"/>',
  lightning:
    '<path d="M11.5 1L4 11h5l-2 7.5L15 8h-5z" fill="#F5D442" stroke="#B8860B" stroke-width=".9"/>',
  money:
    '<ellipse cx="9.5" cy="14" rx="6" ry="2.6" fill="#F5C400" stroke="#A06400" stroke-width=".8"/><ellipse cx="9.5" cy="11" rx="6" ry="2.6" fill="#F5C400" stroke="#A06400" stroke-width=".8"/><ellipse cx="9.5" cy="8" rx="6" ry="2.6" fill="#FFD43B" stroke="#A06400" stroke-width=".8"/>',
  brb: '<rect x="1" y="4" width="17" height="11" rx="2" fill="#F0A417" stroke="#A06400" stroke-width=".8"/><path d="M4 7v5h1.6q1.4 0 1.4-1.3T5.6 9.5Q7 9.5 7 8.2T5.6 7zM8.5 12V7h1.6q1.4 0 1.4 1.4T10 9.8l1.6 2.2M13 7v5h1.6q1.4 0 1.4-1.3t-1.4-1.2q1.4 0 1.4-1.3T14.6 7z" stroke="#fff" stroke-width=".9" fill="none"/>',
  highfive:
    '<path d="M5 18V9L3 5q0-1.2 1.2-.6L6 7V2.6q0-1 1-1t1 1V7V1.6q0-1 1-1t1 1V7V2.4q0-1 1-1t1 1V8l1.4-2q1-.8 1.6.2L13 12v6z" fill="#FFD43B" stroke="#B8860B" stroke-width=".8"/>',
  fingers:
    '<path d="M6 18v-7l1-9q.2-1 1.2-.8t.8 1.2l-.6 6 3-6q.6-1 1.5-.5t.5 1.5l-3 6.5 2 .5q1.5 1 0 3L11 18z" fill="#FFD43B" stroke="#B8860B" stroke-width=".8"/>',
  turtle:
    '<ellipse cx="9" cy="11" rx="6.5" ry="4.5" fill="#3FA535" stroke="#1E6E18" stroke-width=".9"/><path d="M5 11h8M9 7v8" stroke="#1E6E18" stroke-width=".7"/><circle cx="16.5" cy="10.5" r="2" fill="#9AD14B" stroke="#1E6E18" stroke-width=".7"/><path d="M4 15l-1 2M14 15l1 2" stroke="#1E6E18" stroke-width="1.4"/>',
  handcuffs:
    '<circle cx="5" cy="12" r="3.6" fill="none" stroke="#888" stroke-width="1.6"/><circle cx="14" cy="12" r="3.6" fill="none" stroke="#888" stroke-width="1.6"/><path d="M7.5 9q2-3 4 0" stroke="#888" stroke-width="1.2" fill="none"/>',
  cigarette:
    '<rect x="1.5" y="11" width="14" height="2.6" fill="#fff" stroke="#999" stroke-width=".6"/><rect x="1.5" y="11" width="4" height="2.6" fill="#F0A417"/><rect x="15.5" y="11" width="2" height="2.6" fill="#D9302B"/><path d="M16.5 9q-1.5-2 0-4t0-4" stroke="#aaa" stroke-width=".9" fill="none"/>',
  console:
    '<path d="M3 7h13q2.5 0 2 4l-.8 3q-.8 2-2.6.4L12.5 12h-6L4.4 14.4q-1.8 1.6-2.6-.4L1 11q-.5-4 2-4z" fill="#555" stroke="#222" stroke-width=".8"/><path d="M5 9v3M3.5 10.5h3" stroke="#fff" stroke-width=".9"/><circle cx="13" cy="9.6" r=".8" fill="#D9302B"/><circle cx="15" cy="11" r=".8" fill="#3FA535"/>',
  sun: '<circle cx="9.5" cy="9.5" r="4.4" fill="#F5D442" stroke="#B8860B" stroke-width=".9"/><path d="M9.5 1v2.6M9.5 15.4V18M1 9.5h2.6M15.4 9.5H18M3.5 3.5l1.8 1.8M13.7 13.7l1.8 1.8M3.5 15.5l1.8-1.8M13.7 5.3l1.8-1.8" stroke="#F0A417" stroke-width="1.3" stroke-linecap="round"/>',
  rainbow:
    '<path d="M1.5 15a8 8 0 0 1 16 0" stroke="#E5243B" stroke-width="1.6" fill="none"/><path d="M3.2 15a6.3 6.3 0 0 1 12.6 0" stroke="#F0A417" stroke-width="1.6" fill="none"/><path d="M4.9 15a4.6 4.6 0 0 1 9.2 0" stroke="#3FA535" stroke-width="1.6" fill="none"/><path d="M6.6 15a2.9 2.9 0 0 1 5.8 0" stroke="#2E63C7" stroke-width="1.6" fill="none"/>',
  asl: '<path d="M2 3h15v9H8l-4 4v-4H2z" fill="#fff" stroke="#2E63C7" stroke-width=".9"/><path d="M7.6 5.6q0-1.6 1.9-1.6t1.9 1.6q0 1.2-1.9 2v1.2M9.5 10.2v.6" stroke="#2E63C7" stroke-width="1.1" fill="none"/>',
  goat: '<ellipse cx="10" cy="11" rx="6" ry="4" fill="#eee" stroke="#888" stroke-width=".8"/><circle cx="4" cy="7" r="2.6" fill="#eee" stroke="#888" stroke-width=".8"/><path d="M3 4.6L2 2M5 4.6L6 2M3.4 9.6v2" stroke="#888" stroke-width=".9"/><path d="M7 15v3M13 15v3" stroke="#888" stroke-width="1.3"/>',
};

const cache = new Map<string, string>();

/** A data: URI for the emoticon's 19×19 SVG (fallback: a plain smile). */
export function emoticonSrc(id: string): string {
  const hit = cache.get(id);
  if (hit) return hit;
  const faceSpec = FACES[id];
  const body = faceSpec ? face(faceSpec) : (OBJECTS[id] ?? face({ eyes: 'dots', mouth: 'smile' }));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19" overflow="visible">${body}</svg>`;
  const uri = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  cache.set(id, uri);
  return uri;
}

/** True when the emoticon has its own drawing (used by a test: every table entry is drawn). */
export function hasArt(id: string): boolean {
  return id in FACES || id in OBJECTS;
}
