import type { propertiesZhCN } from './messages.zh-CN';

export const propertiesEn: Record<keyof typeof propertiesZhCN, string> = {
  'nav.properties': 'Properties',

  'kind.residential': 'Residential',
  'kind.commercial': 'Commercial',
  'kind.mixed': 'Mixed use',

  'properties.title': 'Properties',
  'properties.subtitle': 'The properties you look after',
  'properties.empty': 'You have no properties yet',
  'properties.col.code': 'Code',
  'properties.col.name': 'Name',
  'properties.col.nameEn': 'English name',
  'properties.col.kind': 'Type',
  'properties.col.timezone': 'Time zone',
  'properties.createTitle': 'New property',
  'properties.createHint': 'A new property gets the standard departments, and you are assigned to it.',
  'properties.field.code': 'Code',
  'properties.field.codeHint': 'Capital letters, digits or hyphens, e.g. JXHY-2',
  'properties.field.codeInvalid': 'Use 2–20 capital letters, digits and hyphens only',
  'properties.field.name': 'Name',
  'properties.field.nameEn': 'English name',
  'properties.field.kind': 'Type',
  'properties.field.timezone': 'Time zone',
  'properties.created': 'Property {name} created',

  'audit.action.property.create': 'Property created',
};
