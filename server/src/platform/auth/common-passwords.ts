// Passwords that appear at the top of every leaked-password list, with the Chinese favourites
// (lucky numbers, 我爱你 in pinyin and digits, keyboard walks). Compared lower-cased.
const LIST = `
123456 123456789 12345678 1234567890 12345 1234567 111111 000000 11111111 00000000 666666 888888 88888888
66666666 999999 99999999 123123 123123123 121212 112233 123321 654321 987654321 7654321 159753 147258369
password password1 password123 passw0rd p@ssw0rd p@ssword admin admin123 admin888 administrator root
qwerty qwerty123 qwertyuiop asdfghjkl zxcvbnm 1qaz2wsx 1q2w3e4r 1q2w3e4r5t qazwsx qazwsxedc abc123 abc12345
abcd1234 a123456 a1234567 a12345678 aa123456 aa112233 iloveyou woaini woaini1314 woaini520 5201314 520520
1314520 13145200 5211314 letmein welcome welcome1 monkey dragon sunshine princess football baseball
shadow master superman michael trustno1 whatever 1234qwer qwer1234 asdf1234 zxcv1234 changeme default
test1234 test123456 guest12345 user1234 login123 china123 beijing shanghai zhongguo wangyang zhangwei
qiantai qiantai123 qiantai-demo wuye123456 wuye8888 kefu123456 88886666 66668888 168168168 168168 518518
147258 147852 258369 369258 741852963 asd123456 qwe123456 zxc123456 qq123456 q1w2e3r4 1a2b3c4d
`;
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
