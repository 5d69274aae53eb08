import { registerNamespace } from '@careops/i18n';
import { NS } from '../index';
import zhCN from './zh-CN.json';
import enUS from './en-US.json';

// The breach-rules section's strings (`doctors:breachRules.*`) load with the section, not with the
// remote's first open: that is held to its byte budget (e2e/specs/budgets.spec.ts).
registerNamespace(NS, { 'zh-CN': zhCN, 'en-US': enUS });
