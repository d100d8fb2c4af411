/**
 * The assignment page's pins and automatic proposal, merged into dictionaries.ts. Same rules:
 * Japanese first, English complete, placeholders `{name}` identical in both. Labels the browser
 * tests find controls by are marked "(test)": change them together with e2e/.
 */
export const proposalJa = {
  // Pins in the day's assignment list and on the plan
  'pin.button': '固定',
  'pin.label': '{name} を固定', // (test)
  'pin.badge': '固定中',
  'pin.pinned': '{name}（{code}）を固定しました。自動配置の提案でも動きません。',
  'pin.unpinned': '{name}（{code}）の固定を外しました。',
  'pin.onPlan': '（固定）',
  'assign.legend.pinned': '固定',
  'assign.legend.changing': '提案で出展者が変わるブース',

  // The proposal
  'proposal.propose': '自動配置を提案', // (test)
  'proposal.proposing': '提案を作成中…', // (test)
  'proposal.intro': '承認済みの申込すべてについて、設備と広さを守り、好立地の偏り・同業種の隣接・協定グループの隣接を考えて配置を計算します。固定した割り当ては動かしません。採用するまで何も保存されません。',
  'proposal.heading': '配置の提案', // (test)
  'proposal.noApplications': '承認済みの申込がないため、提案するものがありません。',
  'proposal.objectiveCaption': '提案の評価（点数が小さいほどよい配置）',
  'proposal.term': '項目',
  'proposal.now': '現在',
  'proposal.proposed': '提案',
  'proposal.term.unassigned': '未配置',
  'proposal.term.prime_repeat': '好立地の繰り返し',
  'proposal.term.preference_miss': '希望外',
  'proposal.term.same_category_adjacent': '同業種の隣接',
  'proposal.term.group_adjacent_bonus': '協定グループの隣接（差し引き）',
  'proposal.term.total': '合計',
  'proposal.summary': '{total}件中 {changing}件を変更',
  'proposal.summaryPinned': '、{n}件は固定',
  'proposal.summaryLeftOut': '、{n}件は未配置',
  'proposal.changesCaption': '申込ごとの提案',
  'proposal.exhibitor': '出展者',
  'proposal.reason': '理由',
  'proposal.accept': '採用',
  'proposal.noBooth': 'なし',
  'proposal.leftOut': '未配置',
  'proposal.keep': '変更なし',
  'proposal.pinnedRow': '固定',
  'proposal.acceptChange': '{name} の変更を採用', // (test)
  'proposal.selected': '{n}件を選択中',
  'proposal.acceptSelected': '選んだ変更を採用', // (test)
  'proposal.acceptAll': 'すべて採用', // (test)
  'proposal.discard': '破棄', // (test)
  'proposal.confirmTitle': '提案を採用しますか？',
  'proposal.confirmBody': '{n}件の割り当てを変更し、出展者にお知らせメールを送ります。',
  'proposal.confirm': '採用する', // (test)
  'proposal.accepting': '保存中…',
  'proposal.saved': '{n}件の変更を保存しました', // (test)
  'proposal.proposeAgain': 'もう一度提案を作成',

  // Why a booth: one line made of the first reasons
  'reason.locked': '固定されています',
  'reason.preferred': '希望のブース',
  'reason.needs': '{needs}が必要',
  'reason.area': '{n}m²以上',
  'reason.power': '電源{watts}W',
  'reason.fridge': '冷蔵庫',
  'reason.freezer': '冷凍庫',
  'reason.water': '水道',
  'reason.groupNeighbours': '同じ協定の{names}の隣（{group}）',
  'reason.quieterSpot': '以前よい場所だったため静かな場所',
  'reason.lessBusySpot': '以前よい場所だったため控えめな場所',
  'reason.sameCategoryNeighbours': '同業種（{category}）の{names}と隣接（避けられませんでした）',
  'reason.fits': '条件に合う',
  'reason.leftOut': '配置できません: {reason}',
  'reason.noFreeBooth': '条件に合う空きブースがありません',
  'reason.separator': '、',
  'reason.listSeparator': '・',

  // The problem file
  'instance.download': '問題ファイル (JSON) を保存', // (test)
  'instance.downloading': '問題ファイルを取得中…',
  'instance.hint': 'この物産展をブース配置の問題として保存します。npm run assign で解けます。',
};

export const proposalEn: Record<keyof typeof proposalJa, string> = {
  'pin.button': 'Pin',
  'pin.label': 'Pin {name}',
  'pin.badge': 'Pinned',
  'pin.pinned': '{name} ({code}) is pinned. Automatic proposals will not move it.',
  'pin.unpinned': '{name} ({code}) is no longer pinned.',
  'pin.onPlan': '(pinned)',
  'assign.legend.pinned': 'Pinned',
  'assign.legend.changing': 'Booth whose exhibitor the proposal changes',

  'proposal.propose': 'Propose',
  'proposal.proposing': 'Making a proposal…',
  'proposal.intro':
    'Places every accepted application within the booth facilities and sizes, spreading prime spots fairly, keeping the same trade apart and agreement groups together. Pinned assignments stay. Nothing is saved until you accept.',
  'proposal.heading': 'Proposal',
  'proposal.noApplications': 'There are no accepted applications to place.',
  'proposal.objectiveCaption': 'How good the plan is (lower is better)',
  'proposal.term': 'Measure',
  'proposal.now': 'Now',
  'proposal.proposed': 'Proposed',
  'proposal.term.unassigned': 'Left out',
  'proposal.term.prime_repeat': 'Prime spots again',
  'proposal.term.preference_miss': 'Preference missed',
  'proposal.term.same_category_adjacent': 'Same trade side by side',
  'proposal.term.group_adjacent_bonus': 'Agreement group together (subtracted)',
  'proposal.term.total': 'Total',
  'proposal.summary': '{changing} of {total} to change',
  'proposal.summaryPinned': ', {n} pinned',
  'proposal.summaryLeftOut': ', {n} left out',
  'proposal.changesCaption': 'Changes by application',
  'proposal.exhibitor': 'Exhibitor',
  'proposal.reason': 'Why',
  'proposal.accept': 'Accept',
  'proposal.noBooth': 'None',
  'proposal.leftOut': 'Left out',
  'proposal.keep': 'No change',
  'proposal.pinnedRow': 'Pinned',
  'proposal.acceptChange': 'Accept the change for {name}',
  'proposal.selected': '{n} selected',
  'proposal.acceptSelected': 'Accept selected',
  'proposal.acceptAll': 'Accept all',
  'proposal.discard': 'Discard',
  'proposal.confirmTitle': 'Accept the proposal?',
  'proposal.confirmBody': 'This changes {n} assignments and mails the exhibitors concerned.',
  'proposal.confirm': 'Accept',
  'proposal.accepting': 'Saving…',
  'proposal.saved': '{n} changes saved',
  'proposal.proposeAgain': 'Propose again',

  'reason.locked': 'Pinned',
  'reason.preferred': 'Its preferred booth',
  'reason.needs': 'Needs {needs}',
  'reason.area': 'at least {n} m²',
  'reason.power': '{watts} W power',
  'reason.fridge': 'a fridge',
  'reason.freezer': 'a freezer',
  'reason.water': 'water',
  'reason.groupNeighbours': 'Next to {names} of the same agreement ({group})',
  'reason.quieterSpot': 'Had good spots before, so a quiet spot',
  'reason.lessBusySpot': 'Had good spots before, so a less busy spot',
  'reason.sameCategoryNeighbours': 'Next to {names}, same trade ({category}): could not be avoided',
  'reason.fits': 'Meets its needs',
  'reason.leftOut': 'Left out: {reason}',
  'reason.noFreeBooth': 'No free booth meets its needs',
  'reason.separator': '; ',
  'reason.listSeparator': ', ',

  'instance.download': 'Save the problem file (JSON)',
  'instance.downloading': 'Fetching the problem file…',
  'instance.hint': 'Saves this fair as a booth-assignment problem, which npm run assign can solve.',
};
