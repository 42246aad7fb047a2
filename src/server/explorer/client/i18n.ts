/** The explorer's own words in English and Japanese; the graph's come from the vocabulary. */
const TEXT: Record<string, { en: string; ja: string }> = {
  title: {
    en: 'Japan–Kazakhstan 2006: graph explorer',
    ja: '日本・カザフスタン共同声明(2006年) グラフ探索',
  },
  searchLabel: {
    en: 'Search names and text (Japanese or English)',
    ja: '名称・本文を検索(日本語・英語)',
  },
  search: { en: 'Search', ja: '検索' },
  switchLanguage: { en: 'Show labels in Japanese', ja: 'ラベルを英語で表示' },
  overview: { en: 'Overview', ja: '概観' },
  orgSector: { en: 'Organizations & sectors', ja: '組織と分野' },
  legend: { en: 'Legend', ja: '凡例' },
  inView: { en: 'Nodes in view', ja: '表示中のノード' },
  graphLabel: {
    en: 'The graph; the lists beside it hold the same nodes and links',
    ja: 'グラフ(左右の一覧に同じノードとリンクがあります)',
  },
  export_png: { en: 'PNG', ja: 'PNG' },
  export_graphml: { en: 'GraphML', ja: 'GraphML' },
  export_gexf: { en: 'GEXF', ja: 'GEXF' },
  export_csv: { en: 'CSV', ja: 'CSV' },
  export_cytoscape: { en: 'Cytoscape JSON', ja: 'Cytoscape JSON' },
  counts: {
    en: '{nodes} nodes, {edges} links (at most {limit} nodes per neighbourhood).',
    ja: 'ノード{nodes}件、リンク{edges}件(近傍ごとに最大{limit}ノード)。',
  },
  truncated: {
    en: 'Truncated: the limit left some neighbours out; expand a node to see more.',
    ja: '上限により一部の隣接ノードを省略しました。ノードを展開すると表示されます。',
  },
  loading: { en: 'Loading…', ja: '読み込み中…' },
  notFound: { en: 'No node has the id “{id}”.', ja: 'ID「{id}」のノードはありません。' },
  nothingFound: { en: 'Nothing found for “{q}”.', ja: '「{q}」に一致するものはありません。' },
  results: { en: '{n} results', ja: '{n}件' },
  expand: { en: 'Expand', ja: '展開' },
  expanded: { en: 'Expand again', ja: '再展開' },
  orgSectorOf: { en: 'Organization–sector view', ja: '組織・分野の関係' },
  references: { en: 'Agreements this clause references', ja: 'この段落が参照する合意文書' },
  degree: { en: 'links in view', ja: '表示中のリンク' },
  links: { en: 'Links (choose one for its evidence)', ja: 'リンク(選ぶと根拠を表示)' },
  evidence: { en: 'Evidence', ja: '根拠' },
  noEvidence: {
    en: 'This link comes from the layout of the text: no quote asserts it.',
    ja: '文書の構成によるリンクで、根拠となる引用はありません。',
  },
  act: { en: 'Act', ja: '行為' },
  noCameo: { en: '— (not a speech act)', ja: '—(発言行為ではありません)' },
  clause: { en: 'Clause', ja: '段落' },
  document: { en: 'Document', ja: '文書' },
  start: {
    en: 'Search a name (ウラン, OSCE …), or open the overview.',
    ja: '名称(ウラン、OSCE など)を検索するか、概観を開いてください。',
  },
  view_neighborhood: { en: 'Neighbourhood', ja: '近傍' },
  view_orgSector: { en: 'Organizations and sectors', ja: '組織と分野' },
  view_references: { en: 'Agreements referenced', ja: '参照される合意文書' },
  view_overview: { en: 'Overview: kinds and link types', ja: '概観:種類とリンクの型' },
  view_null: { en: 'Explorer', ja: '探索' },
  category_speech_act: { en: 'speech act', ja: '発言行為' },
  category_structure: { en: 'structure', ja: '文書構造' },
  category_participation: { en: 'participation', ja: '関与' },
  category_time: { en: 'time', ja: '時' },
  category_place: { en: 'place', ja: '場所' },
};

export function t(key: string, lang: 'en' | 'ja'): string {
  return TEXT[key]?.[lang] ?? key;
}
