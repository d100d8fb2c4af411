import { proposalsApi } from '../api/proposals';
import { DownloadButton } from '../../components/DownloadButton';
import { useI18n } from '../../i18n/i18n';
import { instanceFileName, instanceFileText } from './proposal-model';

/** Saves the fair as a booth-assignment problem file for `npm run assign`. */
export function InstanceDownload({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  return (
    <DownloadButton
      className="instance-download"
      label={t('instance.download')}
      hint={t('instance.hint')}
      busyLabel={t('instance.downloading')}
      file={async () => ({ name: instanceFileName(fairId), text: instanceFileText(await proposalsApi.instance(fairId)) })}
    />
  );
}
