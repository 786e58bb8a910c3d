import { Card, Typography } from 'antd';
import type { MessageKey } from '../../app/i18n/catalogues';
import { useT } from '../../app/i18n/locale-context';

const KEYS: [string, MessageKey][] = [
  ['Enter', 'serviceDesk.keys.enter'],
  ['Tab', 'serviceDesk.keys.tab'],
  ['1 … 9', 'serviceDesk.keys.digit'],
  ['Alt 1 … 9', 'serviceDesk.keys.altDigit'],
  ['Space', 'serviceDesk.keys.space'],
  ['Ctrl Enter', 'serviceDesk.keys.submit'],
  ['Esc', 'serviceDesk.keys.escape'],
];

/** The screen's keys, in view: the desk learns them by using them. */
export function DeskKeysHelp() {
  const t = useT();
  return (
    <Card
      size="small"
      variant="borderless"
      style={{ boxShadow: '0 1px 2px rgba(16,24,40,.06)' }}
      title={t('serviceDesk.keys.title')}
    >
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
        <tbody>
          {KEYS.map(([key, label]) => (
            <tr key={key}>
              <td style={{ padding: '3px 12px 3px 0', whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                <kbd style={kbd}>{key}</kbd>
              </td>
              <td style={{ padding: '3px 0' }}>
                <Typography.Text type="secondary">{t(label)}</Typography.Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

const kbd = {
  border: '1px solid #d9d9d9',
  borderBottomWidth: 2,
  borderRadius: 4,
  padding: '0 5px',
  fontSize: 12,
  fontFamily: 'inherit',
  background: '#fafafa',
};
