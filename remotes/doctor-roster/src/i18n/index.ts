import { registerNamespace } from '@careops/i18n';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';

export const NS = 'doctors';
registerNamespace(NS, { 'zh-CN': zhCN, 'en-US': enUS });
