import type { ReleaseChange } from '@bussanten/contracts';
import { useI18n } from '../../i18n/i18n';
import { describeChange } from './release-model';

/**
 * A release's changes as sentences ('宮古市が出展に加わりました', 'ハタチの龍馬: 14:30–15:00 → 14:45–15:15'),
 * each followed by where or when in a lighter tone. The sentence is its own element, so it can be
 * found (and read) as it is.
 */
export function ChangeList({ changes, labelledBy }: { changes: readonly ReleaseChange[]; labelledBy?: string }) {
  const { lang } = useI18n();
  return (
    <ul className="change-list" aria-labelledby={labelledBy}>
      {changes.map((change, i) => {
        const { text, context } = describeChange(change, lang);
        return (
          <li key={`${change.kind}:${change.ref}:${i}`} className={`change change--${change.kind}`}>
            <span className="change__text">{text}</span>
            {context && (
              <>
                {' '}
                <span className="change__context">{context}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
