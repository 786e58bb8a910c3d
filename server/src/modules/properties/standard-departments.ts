/** The departments every property starts with (the seed's 客服中心 and the four it routes work to). */
export const STANDARD_DEPARTMENTS = [
  { code: 'service', name: '客服中心', nameEn: 'Customer Service Center' },
  { code: 'engineering', name: '工程部', nameEn: 'Engineering' },
  { code: 'security', name: '安保部', nameEn: 'Security' },
  { code: 'cleaning', name: '保洁部', nameEn: 'Cleaning' },
  { code: 'finance', name: '财务部', nameEn: 'Finance' },
] as const;
