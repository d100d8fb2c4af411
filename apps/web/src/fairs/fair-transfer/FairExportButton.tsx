import { fairsApi } from '../api/fairs';
import { DownloadButton } from '../../components/DownloadButton';
import { useI18n } from '../../i18n/i18n';
import { fairDocumentFileName, fairDocumentText } from './fair-document-file';

/** 「JSONで書き出す」: saves the whole fair as <slug>.bussanten.json. */
export function FairExportButton({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  return (
    <DownloadButton
      className="fair-export"
      label={t('fairTransfer.export.button')}
      hint={t('fairTransfer.export.hint')}
      busyLabel={t('fairTransfer.export.busy')}
      file={async () => {
        const document = await fairsApi.exportFair(fairId);
        return { name: fairDocumentFileName(document.fair.slug), text: fairDocumentText(document) };
      }}
    />
  );
}
