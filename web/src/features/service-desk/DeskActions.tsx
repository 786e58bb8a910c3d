import { Button, Flex } from 'antd';
import { ClearOutlined, SendOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/locale-context';

/** Save and clear, each with the key that does the same from anywhere on the screen. */
export function DeskActions({
  saving,
  onSubmit,
  onClear,
}: {
  saving: boolean;
  onSubmit(): void;
  onClear(): void;
}) {
  const t = useT();
  return (
    <Flex gap={12} align="center" wrap>
      <Button
        type="primary"
        size="large"
        icon={<SendOutlined />}
        loading={saving}
        onClick={onSubmit}
        data-testid="desk-submit"
      >
        {t('serviceDesk.submit')} <kbd style={kbd}>Ctrl Enter</kbd>
      </Button>
      <Button size="large" icon={<ClearOutlined />} onClick={onClear} disabled={saving}>
        {t('serviceDesk.clear')} <kbd style={kbd}>Esc</kbd>
      </Button>
    </Flex>
  );
}

const kbd = {
  marginInlineStart: 6,
  padding: '0 4px',
  border: '1px solid currentColor',
  borderRadius: 4,
  fontSize: 11,
  fontFamily: 'inherit',
  opacity: 0.7,
};
