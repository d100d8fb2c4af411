import { useRef, type Dispatch, type SetStateAction } from 'react';
import { PRODUCT_CATEGORIES } from '@bussanten/contracts';
import { messagesUnder } from '../../api/error-messages';
import { TextField, SelectField } from '../../components/Field';
import { FieldMessages } from '../../components/FormErrors';
import { Check } from '../components/Check';
import { productCategoryKey } from '../components/labels';
import { useI18n } from '../../i18n/i18n';
import { emptyProduct, emptyStaff, filledProducts, filledStaff, type ApplicationFormValues, type ProductRow, type StaffRow } from './form-model';

type SetValues = Dispatch<SetStateAction<ApplicationFormValues>>;
type ByField = Readonly<Record<string, string[]>>;

export const productFieldId = (key: number, field: string) => `application-product-${key}-${field}`;
export const staffFieldId = (key: number, field: string) => `application-staff-${key}-${field}`;
export const ADD_PRODUCT_ID = 'application-add-product';
export const ADD_STAFF_ID = 'application-add-staff';

/**
 * The position a row has in the request (blank rows are not sent), so the API's 'products.1.name'
 * finds its row; null for a blank row.
 */
function sentIndex<R extends { key: number }>(filled: readonly R[], row: R): number | null {
  const i = filled.findIndex((r) => r.key === row.key);
  return i < 0 ? null : i;
}

/** Product rows: name, category, price range, food and alcohol; rows can be added and removed. */
export function ProductRows({ values, setValues, byField }: { values: ApplicationFormValues; setValues: SetValues; byField: ByField }) {
  const { t } = useI18n();
  const addRef = useRef<HTMLButtonElement>(null);
  const filled = filledProducts(values);
  const categories = PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(productCategoryKey(c)) }));
  const update = (key: number, change: Partial<ProductRow>) =>
    setValues((v) => ({ ...v, products: v.products.map((p) => (p.key === key ? { ...p, ...change } : p)) }));
  const bind = (row: ProductRow, field: 'name' | 'nameEn' | 'priceMin' | 'priceMax' | 'category', index: number | null) => ({
    id: productFieldId(row.key, field),
    name: `products-${row.key}-${field}`,
    value: row[field],
    onChange: (e: { target: { value: string } }) => update(row.key, { [field]: e.target.value }),
    messages: index === null ? undefined : byField[`products.${index}.${field}`],
  });

  const add = () => {
    const row = emptyProduct();
    setValues((v) => ({ ...v, products: [...v.products, row] }));
    // Straight to the new row's name, once it is drawn.
    setTimeout(() => document.getElementById(productFieldId(row.key, 'name'))?.focus(), 0);
  };
  const remove = (key: number) => {
    setValues((v) => ({ ...v, products: v.products.filter((p) => p.key !== key) }));
    addRef.current?.focus();
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('apply.products')}</legend>
      <p className="hint">{t('apply.productsHint')}</p>
      <FieldMessages id="application-products-error" messages={byField['products'] ?? []} />
      <ol className="rows">
        {values.products.map((row, n) => {
          const index = sentIndex(filled, row);
          const rowMessages = index === null ? [] : messagesUnder(byField as Record<string, string[]>, `products.${index}`);
          return (
            <li key={row.key} className={`row${rowMessages.length ? ' field--invalid' : ''}`}>
              <fieldset className="row__fieldset">
                <legend>{t('apply.productN', { n: n + 1 })}</legend>
                <TextField {...bind(row, 'name', index)} label={t('apply.productName')} />
                <TextField {...bind(row, 'nameEn', index)} label={t('apply.nameEn')} hint={t('apply.nameEnHint')} lang="en" />
                <SelectField {...bind(row, 'category', index)} label={t('apply.category')} options={categories} />
                <div className="row__pair">
                  <TextField {...bind(row, 'priceMin', index)} label={t('apply.priceMin')} inputMode="numeric" hint={t('apply.yen')} />
                  <TextField {...bind(row, 'priceMax', index)} label={t('apply.priceMax')} inputMode="numeric" hint={t('apply.yen')} />
                </div>
                <div className="row__checks">
                  <Check id={productFieldId(row.key, 'food')} checked={row.food} onChange={(food) => update(row.key, { food })}>
                    {t('apply.food')}
                  </Check>
                  <Check id={productFieldId(row.key, 'alcohol')} checked={row.alcohol} onChange={(alcohol) => update(row.key, { alcohol })}>
                    {t('apply.alcohol')}
                  </Check>
                </div>
                {values.products.length > 1 && (
                  <button type="button" className="button--link" onClick={() => remove(row.key)}>
                    {t('apply.removeProduct')}
                    <span className="sr-only">{t('apply.rowContext', { n: n + 1, name: row.name || '' })}</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button ref={addRef} id={ADD_PRODUCT_ID} type="button" onClick={add}>
        {t('apply.addProduct')}
      </button>
    </fieldset>
  );
}

/** Staff: how many, then each person's name and phone (never published). */
export function StaffRows({
  values,
  setValues,
  byField,
  staffCountId,
}: {
  values: ApplicationFormValues;
  setValues: SetValues;
  byField: ByField;
  staffCountId: string;
}) {
  const { t } = useI18n();
  const addRef = useRef<HTMLButtonElement>(null);
  const filled = filledStaff(values);
  const update = (key: number, change: Partial<StaffRow>) => setValues((v) => ({ ...v, staff: v.staff.map((s) => (s.key === key ? { ...s, ...change } : s)) }));
  const bind = (row: StaffRow, field: 'name' | 'phone', index: number | null) => ({
    id: staffFieldId(row.key, field),
    name: `staff-${row.key}-${field}`,
    value: row[field],
    onChange: (e: { target: { value: string } }) => update(row.key, { [field]: e.target.value }),
    messages: index === null ? undefined : byField[`staff.${index}.${field}`],
  });
  const add = () => {
    const row = emptyStaff();
    setValues((v) => ({ ...v, staff: [...v.staff, row] }));
    setTimeout(() => document.getElementById(staffFieldId(row.key, 'name'))?.focus(), 0);
  };
  const remove = (key: number) => {
    setValues((v) => ({ ...v, staff: v.staff.filter((s) => s.key !== key) }));
    addRef.current?.focus();
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('apply.staff')}</legend>
      <p className="hint" id="application-staff-private">
        {t('apply.staffPrivate')}
      </p>
      <TextField
        id={staffCountId}
        name="staffCount"
        value={values.staffCount}
        onChange={(e) => {
          const staffCount = e.target.value;
          setValues((v) => ({ ...v, staffCount }));
        }}
        messages={[...(byField['staffCount'] ?? []), ...(byField['staff'] ?? [])]}
        label={t('apply.staffCount')}
        type="number"
        inputMode="numeric"
        required
      />
      <ol className="rows">
        {values.staff.map((row, n) => {
          const index = sentIndex(filled, row);
          return (
            <li key={row.key} className="row">
              <fieldset className="row__fieldset">
                <legend>{t('apply.staffN', { n: n + 1 })}</legend>
                <div className="row__pair">
                  <TextField {...bind(row, 'name', index)} label={t('apply.staffName')} autoComplete="off" />
                  <TextField {...bind(row, 'phone', index)} label={t('apply.staffPhone')} type="tel" autoComplete="off" />
                </div>
                {values.staff.length > 1 && (
                  <button type="button" className="button--link" onClick={() => remove(row.key)}>
                    {t('apply.removeStaff')}
                    <span className="sr-only">{t('apply.rowContext', { n: n + 1, name: row.name || '' })}</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button ref={addRef} id={ADD_STAFF_ID} type="button" onClick={add}>
        {t('apply.addStaff')}
      </button>
    </fieldset>
  );
}
