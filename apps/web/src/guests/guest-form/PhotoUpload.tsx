import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Guest } from '@bussanten/contracts';
import { isApiError } from '../../api/client';
import { describeError } from '../../api/error-messages';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, megabytes, photoProblem, uploadGuestPhoto } from '../components/photo-upload';
import { useI18n } from '../../i18n/i18n';
import { guestSaved } from '../queries';

type State = { kind: 'idle' } | { kind: 'uploading' } | { kind: 'done' } | { kind: 'error'; text: string };

/**
 * The guest's photo: the current one, a preview of the file chosen, and the upload. The file is
 * checked here first (type, 5 MB) so a wrong one is refused at once; the server checks again.
 */
export function PhotoUpload({ guest }: { guest: Guest }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [photoUrl, setPhotoUrl] = useState(guest.photoUrl);
  // The file chosen and its preview, a blob: URL made when it is chosen.
  const [choice, setChoice] = useState<{ file: File; preview: string } | null>(null);
  const file = choice?.file ?? null;
  const preview = choice?.preview ?? null;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  // The preview's URL is released when the choice changes (or the photo section goes).
  useEffect(() => {
    if (!preview) return;
    return () => URL.revokeObjectURL(preview);
  }, [preview]);

  const choose = (chosen: File | null) => {
    setChoice(null);
    if (!chosen) return setState({ kind: 'idle' });
    const problem = photoProblem(chosen);
    if (problem) {
      setState({ kind: 'error', text: t(`guests.photo.problem.${problem}`, { size: megabytes(chosen.size), max: megabytes(PHOTO_MAX_BYTES) }) });
      return;
    }
    setState({ kind: 'idle' });
    setChoice({ file: chosen, preview: URL.createObjectURL(chosen) });
  };

  const upload = async () => {
    if (!file) return;
    setState({ kind: 'uploading' });
    try {
      const saved = await uploadGuestPhoto(guest.id, file);
      void guestSaved(queryClient, saved, null);
      setPhotoUrl(saved.photoUrl);
      setChoice(null);
      if (inputRef.current) inputRef.current.value = '';
      setState({ kind: 'done' });
    } catch (e) {
      const tooLarge = isApiError(e) && e.status === 413;
      setState({
        kind: 'error',
        text: tooLarge ? t('guests.photo.problem.size', { size: megabytes(file.size), max: megabytes(PHOTO_MAX_BYTES) }) : describeError(e, lang).message,
      });
    }
  };

  const uploading = state.kind === 'uploading';
  return (
    // Not a labelled region: its name would be 写真 too, and the file input must be the one thing called that.
    <section className="guest-photo">
      <h2>{t('guests.photo.heading')}</h2>
      <div className="guest-photo__images">
        <figure>
          {photoUrl ? (
            <img src={photoUrl} alt={t('guests.photo.currentAlt', { name: guest.name })} className="guest-photo__img" />
          ) : (
            <p className="muted">{t('guests.photo.none')}</p>
          )}
          <figcaption className="muted">{t('guests.photo.current')}</figcaption>
        </figure>
        {preview && (
          <figure>
            <img src={preview} alt={t('guests.photo.previewAlt')} className="guest-photo__img" />
            <figcaption className="muted">{t('guests.photo.preview')}</figcaption>
          </figure>
        )}
      </div>
      <div className="field">
        <label htmlFor="guest-photo">{t('guests.photo.label')}</label>
        <input
          ref={inputRef}
          id="guest-photo"
          type="file"
          accept={PHOTO_TYPES.join(',')}
          aria-describedby="guest-photo-hint"
          disabled={uploading}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        <p id="guest-photo-hint" className="hint">
          {t('guests.photo.hint')}
        </p>
      </div>
      <div className="form__actions">
        <button type="button" className="button--primary" disabled={!file || uploading} aria-busy={uploading} onClick={() => void upload()}>
          {uploading ? t('guests.photo.uploading') : t('guests.photo.upload')}
        </button>
        {uploading && <progress aria-label={t('guests.photo.uploading')} />}
      </div>
      <div role="status">{state.kind === 'done' && <p className="flash">{t('guests.photo.done')}</p>}</div>
      {state.kind === 'error' && (
        <p className="status status--error" role="alert">
          {state.text}
        </p>
      )}
    </section>
  );
}
