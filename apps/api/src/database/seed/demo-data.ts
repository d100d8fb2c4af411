// Demo data: the facts of shared/seeds/facts.json (品川区's partner municipalities, the parties of the
// two multi-party agreements, the 2023 fair's exhibitors that are not partners), copied into the
// project because nothing may read shared/ at run time. Readings and English names of the parties
// the overview lists only by name were added by hand. Generated once; edit freely.
import type { AgreementKind, MunicipalityKind } from '@bussanten/contracts';

export interface DemoMunicipality {
  name: string;
  reading: string;
  nameEn: string;
  prefecture: string;
  kind: MunicipalityKind;
  population: number | null;
  areaKm2: number | null;
  notes: string | null;
}

export interface DemoAgreement {
  kind: AgreementKind;
  title: string;
  signedYear: number | null;
  occasion: string | null;
  explanation: string | null;
  parties: { name: string; prefecture: string; activities: string[] }[];
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    name: '高知県',
    reading: 'こうちけん',
    nameEn: 'Kochi Prefecture',
    prefecture: '高知県',
    kind: 'prefecture',
    population: 646774,
    areaKm2: 7102.28,
    notes: 'Tokyo office in Chiyoda City',
  },
  {
    name: '坂井市',
    reading: 'さかいし',
    nameEn: 'Sakai',
    prefecture: '福井県',
    kind: 'city',
    population: 87988,
    areaKm2: 209.67,
    notes: 'antenna shop in Togoshi Ginza shopping street',
  },
  {
    name: '山北町',
    reading: 'やまきたまち',
    nameEn: 'Yamakita',
    prefecture: '神奈川県',
    kind: 'town',
    population: 9175,
    areaKm2: 224.61,
    notes: null,
  },
  {
    name: '早川町',
    reading: 'はやかわちょう',
    nameEn: 'Hayakawa',
    prefecture: '山梨県',
    kind: 'town',
    population: 818,
    areaKm2: 369.96,
    notes: null,
  },
  {
    name: '飯田市',
    reading: 'いいだし',
    nameEn: 'Iida',
    prefecture: '長野県',
    kind: 'city',
    population: 93923,
    areaKm2: 658.66,
    notes: null,
  },
  {
    name: '長柄町',
    reading: 'ながらまち',
    nameEn: 'Nagara',
    prefecture: '千葉県',
    kind: 'town',
    population: 6133,
    areaKm2: 47.11,
    notes: null,
  },
  {
    name: '矢祭町',
    reading: 'やまつりまち',
    nameEn: 'Yamatsuri',
    prefecture: '福島県',
    kind: 'town',
    population: 5145,
    areaKm2: 118.27,
    notes: null,
  },
  {
    name: '大多喜町',
    reading: 'おおたきまち',
    nameEn: 'Otaki',
    prefecture: '千葉県',
    kind: 'town',
    population: 7864,
    areaKm2: 129.87,
    notes: null,
  },
  {
    name: '茨城町',
    reading: 'いばらきまち',
    nameEn: 'Ibaraki',
    prefecture: '茨城県',
    kind: 'town',
    population: 30296,
    areaKm2: 121.58,
    notes: null,
  },
  {
    name: '宮古市',
    reading: 'みやこし',
    nameEn: 'Miyako',
    prefecture: '岩手県',
    kind: 'city',
    population: 44905,
    areaKm2: 1259.89,
    notes: null,
  },
  {
    name: '富岡町',
    reading: 'とみおかまち',
    nameEn: 'Tomioka',
    prefecture: '福島県',
    kind: 'town',
    population: 11114,
    areaKm2: 68.39,
    notes: null,
  },
  {
    name: '大田区',
    reading: 'おおたく',
    nameEn: 'Ota City',
    prefecture: '東京都',
    kind: 'special_ward',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '小田原市',
    reading: 'おだわらし',
    nameEn: 'Odawara',
    prefecture: '神奈川県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '横浜市',
    reading: 'よこはまし',
    nameEn: 'Yokohama',
    prefecture: '神奈川県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '大磯町',
    reading: 'おおいそまち',
    nameEn: 'Oiso',
    prefecture: '神奈川県',
    kind: 'town',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '箱根町',
    reading: 'はこねまち',
    nameEn: 'Hakone',
    prefecture: '神奈川県',
    kind: 'town',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '函南町',
    reading: 'かんなみちょう',
    nameEn: 'Kannami',
    prefecture: '静岡県',
    kind: 'town',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '三島市',
    reading: 'みしまし',
    nameEn: 'Mishima',
    prefecture: '静岡県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '清水町',
    reading: 'しみずちょう',
    nameEn: 'Shimizu',
    prefecture: '静岡県',
    kind: 'town',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '長泉町',
    reading: 'ながいずみちょう',
    nameEn: 'Nagaizumi',
    prefecture: '静岡県',
    kind: 'town',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '藤枝市',
    reading: 'ふじえだし',
    nameEn: 'Fujieda',
    prefecture: '静岡県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '掛川市',
    reading: 'かけがわし',
    nameEn: 'Kakegawa',
    prefecture: '静岡県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '袋井市',
    reading: 'ふくろいし',
    nameEn: 'Fukuroi',
    prefecture: '静岡県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '豊明市',
    reading: 'とよあけし',
    nameEn: 'Toyoake',
    prefecture: '愛知県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '桑名市',
    reading: 'くわなし',
    nameEn: 'Kuwana',
    prefecture: '三重県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '鈴鹿市',
    reading: 'すずかし',
    nameEn: 'Suzuka',
    prefecture: '三重県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '亀山市',
    reading: 'かめやまし',
    nameEn: 'Kameyama',
    prefecture: '三重県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '甲賀市',
    reading: 'こうかし',
    nameEn: 'Koka',
    prefecture: '滋賀県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '湖南市',
    reading: 'こなんし',
    nameEn: 'Konan',
    prefecture: '滋賀県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '草津市',
    reading: 'くさつし',
    nameEn: 'Kusatsu',
    prefecture: '滋賀県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '大津市',
    reading: 'おおつし',
    nameEn: 'Otsu',
    prefecture: '滋賀県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '鹿児島市',
    reading: 'かごしまし',
    nameEn: 'Kagoshima',
    prefecture: '鹿児島県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '霧島市',
    reading: 'きりしまし',
    nameEn: 'Kirishima',
    prefecture: '鹿児島県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '長崎市',
    reading: 'ながさきし',
    nameEn: 'Nagasaki',
    prefecture: '長崎県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '下関市',
    reading: 'しものせきし',
    nameEn: 'Shimonoseki',
    prefecture: '山口県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '福山市',
    reading: 'ふくやまし',
    nameEn: 'Fukuyama',
    prefecture: '広島県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '京都市',
    reading: 'きょうとし',
    nameEn: 'Kyoto',
    prefecture: '京都府',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '高知市',
    reading: 'こうちし',
    nameEn: 'Kochi City',
    prefecture: '高知県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '成田市',
    reading: 'なりたし',
    nameEn: 'Narita',
    prefecture: '千葉県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '東金市',
    reading: 'とうがねし',
    nameEn: 'Togane',
    prefecture: '千葉県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '十日町市',
    reading: 'とおかまちし',
    nameEn: 'Tokamachi',
    prefecture: '新潟県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
  {
    name: '川崎市',
    reading: 'かわさきし',
    nameEn: 'Kawasaki',
    prefecture: '神奈川県',
    kind: 'city',
    population: null,
    areaKm2: null,
    notes: null,
  },
];

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    kind: 'comprehensive',
    title: '高知県との包括的な協定',
    signedYear: 2018,
    occasion: '明治150周年 (Meiji 150th anniversary)',
    explanation: null,
    parties: [
      {
        name: '高知県',
        prefecture: '高知県',
        activities: ['区内イベントへの参加', '品川図書館 特別展示', '区立学校への出前授業', 'カーボンオフセット'],
      },
    ],
  },
  {
    kind: 'comprehensive',
    title: '坂井市との包括的な協定',
    signedYear: 2019,
    occasion: '特別区全国連携プロジェクト',
    explanation: '「特別区全国連携プロジェクト」をきっかけに連携・交流を進めてきた自治体と協定を締結しました。',
    parties: [
      {
        name: '坂井市',
        prefecture: '福井県',
        activities: ['区内イベントへの参加', '区立学校への坂井市産米の提供', "鮫洲入江広場のゆり (lily viewing 'ゆり鑑賞ラブウィーク')", '交流ツアー'],
      },
    ],
  },
  {
    kind: 'exchange',
    title: '水と緑のふれあい交流協定',
    signedYear: 1988,
    occasion: null,
    explanation: '区民に水と緑に象徴される自然環境の豊かな市町村との交流事業を通じて、健全でうるおいのある区民生活の実現を図るため締結した協定です。',
    parties: [
      {
        name: '山北町',
        prefecture: '神奈川県',
        activities: ['お祭りへの文化団体の派遣 (大井権現太鼓, 八潮太鼓之会)', 'ひだまりの里 区民優先利用・割引', '貸し農園'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '山北町との災害時相互援助協定',
    signedYear: null,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '山北町',
        prefecture: '神奈川県',
        activities: [],
      },
    ],
  },
  {
    kind: 'exchange',
    title: 'ふるさと交流協定',
    signedYear: 1990,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '早川町',
        prefecture: '山梨県',
        activities: ['マウントしながわ里山再生事業', '山菜まつりへの青稜中・高学校吹奏楽部派遣', '交流バスツアー', '区民の宿泊施設利用助成'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '飯田市との災害時相互援助協定',
    signedYear: 2024,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '飯田市',
        prefecture: '長野県',
        activities: ['両自治体の小学校同士の交流', '区内イベントへの参加 (エシカル消費イベントなど)', '都市間交流 since 2014', '疎開保険 project team'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '長柄町との災害時相互援助協定',
    signedYear: 2025,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '長柄町',
        prefecture: '千葉県',
        activities: [],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '矢祭町との災害時相互援助協定',
    signedYear: 2025,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '矢祭町',
        prefecture: '福島県',
        activities: ['武蔵小山の清水湯や城南信用金庫での野菜・特産品の販売 (by private groups)'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '大多喜町との災害時相互援助協定',
    signedYear: 2019,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '大多喜町',
        prefecture: '千葉県',
        activities: ['ムサコたけのこ祭り (shopping-street festival)'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '茨城町との災害時相互援助協定',
    signedYear: 2025,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '茨城町',
        prefecture: '茨城県',
        activities: ['町会の農業体験による交流'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '宮古市との災害時相互援助協定',
    signedYear: 2002,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '宮古市',
        prefecture: '岩手県',
        activities: ['区内イベントへの参加 (目黒のさんま祭り)', '親子体験交流事業'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '富岡町との災害時相互援助協定',
    signedYear: 2005,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '富岡町',
        prefecture: '福島県',
        activities: ['区内イベントへの参加 (しながわ夢さん橋)'],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '東海道五十三次市区町災害時相互援助協定',
    signedYear: null,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '大田区',
        prefecture: '東京都',
        activities: [],
      },
      {
        name: '小田原市',
        prefecture: '神奈川県',
        activities: [],
      },
      {
        name: '横浜市',
        prefecture: '神奈川県',
        activities: [],
      },
      {
        name: '大磯町',
        prefecture: '神奈川県',
        activities: [],
      },
      {
        name: '箱根町',
        prefecture: '神奈川県',
        activities: [],
      },
      {
        name: '函南町',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '三島市',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '清水町',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '長泉町',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '藤枝市',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '掛川市',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '袋井市',
        prefecture: '静岡県',
        activities: [],
      },
      {
        name: '豊明市',
        prefecture: '愛知県',
        activities: [],
      },
      {
        name: '桑名市',
        prefecture: '三重県',
        activities: [],
      },
      {
        name: '鈴鹿市',
        prefecture: '三重県',
        activities: [],
      },
      {
        name: '亀山市',
        prefecture: '三重県',
        activities: [],
      },
      {
        name: '甲賀市',
        prefecture: '滋賀県',
        activities: [],
      },
      {
        name: '湖南市',
        prefecture: '滋賀県',
        activities: [],
      },
      {
        name: '草津市',
        prefecture: '滋賀県',
        activities: [],
      },
      {
        name: '大津市',
        prefecture: '滋賀県',
        activities: [],
      },
    ],
  },
  {
    kind: 'disaster_aid',
    title: '龍馬の絆で結ぶ災害時相互応援協定',
    signedYear: null,
    occasion: '龍馬伝サミット（平成21年・平成22年）',
    explanation:
      '龍馬の絆で結ぶ災害時相互応援協定。広範囲で大規模な被害をもたらす災害がおきた場合、同時に被災をしない遠方の地方公共団体との連携が不可欠となることから、坂本龍馬を主人公としたテレビドラマの放送にあわせ平成21年と平成22年に開催された「龍馬伝サミット」がきっかけとなり、8つの自治体が、文化・観光・防災の各分野を中心とした相互協力・交流の一層の充実を図ることを目的に交流宣言を行いました。この宣言の最初の取り組みとして、「龍馬の絆で結ぶ災害時相互応援に関する協定」を締結しました。',
    parties: [
      {
        name: '鹿児島市',
        prefecture: '鹿児島県',
        activities: [],
      },
      {
        name: '霧島市',
        prefecture: '鹿児島県',
        activities: [],
      },
      {
        name: '長崎市',
        prefecture: '長崎県',
        activities: [],
      },
      {
        name: '下関市',
        prefecture: '山口県',
        activities: [],
      },
      {
        name: '福山市',
        prefecture: '広島県',
        activities: [],
      },
      {
        name: '京都市',
        prefecture: '京都府',
        activities: [],
      },
      {
        name: '高知市',
        prefecture: '高知県',
        activities: [],
      },
    ],
  },
  {
    kind: 'other',
    title: '品川区×高知県×坂井市 連携事業',
    signedYear: null,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '高知県',
        prefecture: '高知県',
        activities: [],
      },
      {
        name: '坂井市',
        prefecture: '福井県',
        activities: [],
      },
    ],
  },
  {
    kind: 'other',
    title: '品川区×大田区×川崎市 連携事業',
    signedYear: null,
    occasion: null,
    explanation: null,
    parties: [
      {
        name: '大田区',
        prefecture: '東京都',
        activities: [
          '3自治体を実際に巡るデジタルスタンプラリー (digital stamp rally across the three)',
          'PR video 2022: 46,000 views',
          'PR videos 2024: 247,000 views in total',
          'inbound-tourism PR booklet',
          'influencer PR: video with 720,000 plays',
          'joint booth at an overseas expo',
        ],
      },
      {
        name: '川崎市',
        prefecture: '神奈川県',
        activities: [
          '3自治体を実際に巡るデジタルスタンプラリー (digital stamp rally across the three)',
          'PR video 2022: 46,000 views',
          'PR videos 2024: 247,000 views in total',
          'inbound-tourism PR booklet',
          'influencer PR: video with 720,000 plays',
          'joint booth at an overseas expo',
        ],
      },
    ],
  },
];

/** Public explanations of agreement kinds, from the 2023 press release. */
export const DEMO_KIND_EXPLANATIONS: Partial<Record<AgreementKind, string>> = {
  disaster_aid:
    '災害時における相互援助に関する協定。大規模災害が発生した際の応急物資の提供、職員派遣の体制構築や被災者の受け入れなどについて、両自治体において相互の応援体制強化を図ることが目的です。',
  cooperation: '「特別区全国連携プロジェクト」をきっかけに連携・交流を進めてきた自治体と協定を締結しました。',
};

export const DEMO_PROGRAMMES = [
  {
    name: '特別区全国連携プロジェクト',
    nameEn: 'Special Wards Nationwide Partnership Project',
    startedYear: 2014,
    explanation:
      '東京都と地方とを対立する関係として捉えるのではなく、各地域がともに発展・成長し、共存共栄を図ることを目的に、特別区(東京23区)と全国の各地域が連携・交流事業を行う取り組みとして、平成26年に特別区長会が立ち上げたプロジェクトです。全国各地域と産業、観光、文化、スポーツなど様々な分野での新たな連携を模索し、経済の活性化、まちの元気につなげる取り組みを行っています。東京23区は、区民の日常の暮らしが、全国各地域における農林水産業などに支えられて成立してきたことを再認識し、各地域の人口が減少し衰退していくことは、区民の生活基盤も沈んでいくことにつながるという状況に向き合い、23区が一体となってプロジェクトを推進しています。※特別区長会とは、東京23区間の連携を図り、特別区政の円滑な運営と特別区の自治の進展に資するために設立された特別区23区長が組織する任意団体。',
  },
];

/** The demo host: the ward that runs the 2023 fair. */
export const DEMO_HOST = { name: '品川区', nameEn: 'Shinagawa City' };

/**
 * Demo accounts, created with the demo data and printed by `npm start` while SEED_DEMO is on.
 * Never run a public instance with SEED_DEMO=true: these passwords are in the source code.
 */
export const DEMO_ACCOUNTS = [
  { email: 'organizer@shinagawa.example', displayName: '品川 花子（デモ主催者）', role: 'organizer', municipality: null, password: 'demo-seaside-fair' },
  {
    email: 'miyako@miyako.example',
    displayName: '宮古 太郎（デモ担当者）',
    role: 'representative',
    municipality: { name: '宮古市', prefecture: '岩手県' },
    password: 'demo-sanma-festival',
  },
  {
    email: 'yamakita@yamakita.example',
    displayName: '山北 次郎（デモ担当者）',
    role: 'representative',
    municipality: { name: '山北町', prefecture: '神奈川県' },
    password: 'demo-taiko-drums',
  },
  // The install's operator (ホスト page: hosts and counts), so that a new user can try adding a second host.
  { email: 'operator@bussanten.example', displayName: '運用 三郎（デモ運用者）', role: 'operator', municipality: null, password: 'demo-install-operator' },
] as const;

/** The 2023 fair from the press release. */
export const DEMO_FAIR_2023 = {
  venue: { name: 'イオンスタイル品川シーサイド', address: '東京都品川区東品川4-12-5' },
  room: '地下1階催事場',
  // The hall's size is not published: an invented but plausible 30 m × 20 m.
  roomSize: { widthM: 30, depthM: 20 },
  slug: 'koryu-toshi-2023',
  title: '交流都市地方物産展',
  titleEn: 'Friendship City Local Products Fair',
  status: 'closed',
  // When the demo's first release is dated: the press release came out about two weeks before.
  publishedAt: '2023-02-03T10:00:00+09:00',
  programme: '特別区全国連携プロジェクト',
  description:
    '特別区全国連携プロジェクトの一環として、品川区と関わりのある自治体の特産品や観光名所などを広くPRし、他都市との連携を深め、地方創生への協力・貢献を行います。',
  days: [
    { date: '2023-02-17', opens: '10:00', closes: '20:00' },
    { date: '2023-02-18', opens: '10:00', closes: '20:00' },
    { date: '2023-02-19', opens: '10:00', closes: '20:00' },
    { date: '2023-02-20', opens: '10:00', closes: '20:00' },
    { date: '2023-02-21', opens: '10:00', closes: '18:00' },
  ],
} as const;

type DemoBooth = {
  code: string;
  x: number;
  y: number;
  powerWatts: number;
  fridge?: boolean;
  freezer?: boolean;
  water?: boolean;
  cookingAllowed?: boolean;
  tags?: ('corner' | 'nearEntrance')[];
};
// Footfall (prime): by the entrance 3, corners 2, the rest 1.
const booth = (b: DemoBooth) => ({
  width: 4,
  depth: 3,
  fridge: false,
  freezer: false,
  water: false,
  cookingAllowed: false,
  tags: [],
  ...b,
  prime: b.tags?.includes('nearEntrance') ? 3 : b.tags?.includes('corner') ? 2 : 1,
});

/**
 * SAMPLE DATA: an invented 12-booth plan of the B1 hall (the real plan was never published). A row
 * along the back wall, an island in the middle, two booths by the entrance. The UI marks it as a sample.
 */
export const DEMO_FAIR_2023_BOOTHS = [
  booth({ code: 'A1', x: 1, y: 1, powerWatts: 1500, fridge: true, freezer: true, water: true, tags: ['corner'] }),
  booth({ code: 'A2', x: 5.5, y: 1, powerWatts: 1000, fridge: true }),
  booth({ code: 'A3', x: 10, y: 1, powerWatts: 500 }),
  booth({ code: 'A4', x: 14.5, y: 1, powerWatts: 1000, fridge: true }),
  booth({ code: 'A5', x: 19, y: 1, powerWatts: 500 }),
  booth({ code: 'A6', x: 23.5, y: 1, powerWatts: 3000, fridge: true, water: true, cookingAllowed: true, tags: ['corner'] }),
  booth({ code: 'B1', x: 6, y: 8, powerWatts: 500 }),
  booth({ code: 'B2', x: 10.5, y: 8, powerWatts: 1000, fridge: true }),
  booth({ code: 'B3', x: 15, y: 8, powerWatts: 0 }),
  booth({ code: 'B4', x: 19.5, y: 8, powerWatts: 500 }),
  booth({ code: 'C1', x: 3, y: 15.5, powerWatts: 1000, fridge: true, tags: ['nearEntrance'] }),
  booth({ code: 'C2', x: 23, y: 15.5, powerWatts: 500, tags: ['nearEntrance'] }),
];

type DemoProduct = { name: string; category: string; priceMin: number | null; priceMax: number | null; food: boolean; alcohol: boolean };
const food = (name: string, category: string, priceMin: number, priceMax: number): DemoProduct => ({
  name,
  category,
  priceMin,
  priceMax,
  food: true,
  alcohol: false,
});

/**
 * The 8 exhibitors and their ties exactly as the press release lists them (出店自治体一覧). Products,
 * needs and booths are SAMPLE DATA: plausible specialties, not what each town actually sold.
 */
export const DEMO_FAIR_2023_EXHIBITORS = [
  {
    municipality: '宮古市',
    prefecture: '岩手県',
    tie: '災害協定、商店街イベント(目黒のさんま祭り)',
    booth: 'A1',
    needs: { powerWatts: 1000, fridge: true, freezer: true, water: false },
    products: [food('さんま加工品', 'seafood', 500, 1500), food('瓶ドン(いくら・うに)', 'seafood', 1500, 3500)],
  },
  {
    municipality: '成田市',
    prefecture: '千葉県',
    tie: '特別区全国連携プロジェクト',
    booth: 'A3',
    needs: { powerWatts: 0, fridge: false, freezer: false, water: false },
    products: [food('栗羊羹', 'sweets', 800, 2000), food('鉄砲漬', 'processed', 600, 1200)],
  },
  {
    municipality: '東金市',
    prefecture: '千葉県',
    tie: '特別区全国連携プロジェクト',
    booth: 'A2',
    needs: { powerWatts: 0, fridge: true, freezer: false, water: false },
    products: [food('いちご', 'produce', 600, 1500), food('いちごジャム', 'processed', 500, 900)],
  },
  {
    municipality: '山北町',
    prefecture: '神奈川県',
    tie: '水と緑のふれあい交流協定、災害協定',
    booth: 'A5',
    needs: { powerWatts: 300, fridge: false, freezer: false, water: false },
    products: [food('足柄茶', 'drinks', 700, 1500), food('ゆず加工品', 'processed', 400, 1000)],
  },
  {
    municipality: '十日町市',
    prefecture: '新潟県',
    tie: '商店街イベント(宿場まつり)',
    booth: 'B1',
    needs: { powerWatts: 0, fridge: false, freezer: false, water: false },
    products: [food('へぎそば', 'processed', 600, 1500), food('魚沼産コシヒカリ', 'rice', 1000, 4000)],
  },
  {
    municipality: '坂井市',
    prefecture: '福井県',
    tie: '連携協定',
    booth: 'B2',
    needs: { powerWatts: 0, fridge: true, freezer: false, water: false },
    products: [food('三里浜らっきょう', 'processed', 500, 1200), food('坂井市産コシヒカリ', 'rice', 1000, 3500)],
  },
  {
    municipality: '飯田市',
    prefecture: '長野県',
    tie: '商店街イベント(戸越銀座まつり)',
    booth: 'B4',
    needs: { powerWatts: 0, fridge: false, freezer: false, water: false },
    products: [food('市田柿', 'sweets', 600, 2000), { name: '水引細工', category: 'crafts', priceMin: 500, priceMax: 3000, food: false, alcohol: false }],
  },
  {
    municipality: '福山市',
    prefecture: '広島県',
    tie: '災害協定(龍馬)',
    booth: 'C1',
    needs: { powerWatts: 0, fridge: true, freezer: false, water: false },
    products: [{ name: '保命酒', category: 'alcohol', priceMin: 1000, priceMax: 3500, food: true, alcohol: true }, food('鯛ちくわ', 'seafood', 400, 1000)],
  },
];

/**
 * The guest the press release announces: on 2/19 at 13:30, 14:30 and 15:30, about 30 minutes each,
 * "times may change" (ハタチの龍馬がくる日程は変更となる場合があります).
 */
export const DEMO_FAIR_2023_GUEST = {
  name: 'ハタチの龍馬',
  nameEn: 'Hatachi no Ryoma',
  kind: 'ambassador',
  profile: "しながわ観光大使'見習い'。品川ゆかりの坂本龍馬をモチーフにした、二十歳の龍馬です。",
  profileEn: "Shinagawa's tourism ambassador 'in training': a twenty-year-old Sakamoto Ryoma, who trained at a Shinagawa camp.",
  visits: { date: '2023-02-19', starts: ['13:30', '14:30', '15:30'], minutes: 30, status: 'mayChange', note: '来店時間は変更となる場合があります。' },
} as const;
