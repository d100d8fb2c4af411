import type { DailySalesInput, SalesEntry } from '@bussanten/contracts';
import { FieldShell, TextField } from '../components/Field';
import { SubmissionSummary } from '../components/FormErrors';
import { useRecordForm } from '../components/forms/useRecordForm';
import { useI18n } from '../i18n/i18n';
import { salesValuesOf, toSalesInput, validateSalesForm, type SalesValues } from './sales-model';

interface SalesDayFormProps {
  /** Tells the controls of one form from another's on the same page. */
  idPrefix: string;
  products: { index: number; name: string }[];
  entry: SalesEntry | null;
  submitLabel: string;
  save: (input: DailySalesInput) => Promise<SalesEntry>;
  onSaved?: (saved: SalesEntry) => void;
}

type LineField = 'product' | 'quantity' | 'amountYen';

/** A day's figures, phone-first: yen (tax included) and customers, then optional product lines. */
export function SalesDayForm({ idPrefix, products, entry, submitLabel, save, onSaved }: SalesDayFormProps) {
  const { t } = useI18n();
  const controlId = (field: string) => `${idPrefix}-${field.replace(/\./g, '-')}`;
  const { form, values, submission, field } = useRecordForm<SalesValues, SalesEntry>({
    defaultValues: salesValuesOf(entry),
    validate: validateSalesForm,
    controlId,
    save: async (checked) => {
      const { input } = toSalesInput(checked);
      if (!input) throw new Error('validated input expected');
      return save(input);
    },
    onSaved,
  });
  const lines = values.products ?? [];
  const setLines = (next: SalesValues['products']) => form.setValue('products', next, { shouldDirty: true });
  const label = (f: string): string => {
    const m = /^products\.(\d+)\.(\w+)$/.exec(f);
    if (m) return t('sales.field.line', { n: Number(m[1]) + 1, field: t(`sales.field.${m[2] as LineField}`) });
    return f === 'customers' ? t('sales.field.customers') : f === 'salesYen' ? t('sales.field.salesYen') : f === 'date' ? t('sales.field.date') : f;
  };

  return (
    <>
      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: controlId(f), label: label(f) })} />
      <form className="form sales-form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('salesYen')} label={t('sales.field.salesYen')} inputMode="numeric" hint={t('sales.hint.salesYen')} required />
        <TextField {...field('customers')} label={t('sales.field.customers')} inputMode="numeric" hint={t('sales.hint.customers')} required />
        {products.length > 0 && (
          <fieldset className="sales-form__lines">
            <legend>{t('sales.products.legend')}</legend>
            {lines.length === 0 && <p className="muted">{t('sales.products.none')}</p>}
            {lines.map((_line, i) => (
              <div className="sales-form__line" key={i}>
                <FieldShell
                  id={controlId(`products.${i}.product`)}
                  label={label(`products.${i}.product`)}
                  messages={submission.byField[`products.${i}.product`]}
                >
                  {(aria) => (
                    <select
                      id={controlId(`products.${i}.product`)}
                      value={lines[i].product}
                      onChange={(e) => setLines(lines.map((l, j) => (j === i ? { ...l, product: e.target.value } : l)))}
                      {...aria}
                    >
                      <option value="">{t('sales.products.choose')}</option>
                      {products.map((p) => (
                        <option key={p.index} value={String(p.index)}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  )}
                </FieldShell>
                <TextField {...field(`products.${i}.quantity`)} label={label(`products.${i}.quantity`)} inputMode="numeric" />
                <TextField {...field(`products.${i}.amountYen`)} label={label(`products.${i}.amountYen`)} inputMode="numeric" />
                <button type="button" onClick={() => setLines(lines.filter((_l, j) => j !== i))}>
                  {t('sales.products.remove', { n: i + 1 })}
                </button>
              </div>
            ))}
            {lines.length < products.length && (
              <button type="button" onClick={() => setLines([...lines, { product: '', quantity: '', amountYen: '' }])}>
                {t('sales.products.add')}
              </button>
            )}
          </fieldset>
        )}
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
