import {
  AppstoreOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  MedicineBoxOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

/** The curated icon set: apps import icons from here, never from @ant-design/icons. */
export {
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  LockOutlined,
  LogoutOutlined,
  MedicineBoxOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  ReloadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';

/** Icons the runtime registry can name (remotes.json `icon`). */
const REGISTRY_ICONS: Record<string, ComponentType> = {
  doctor: MedicineBoxOutlined,
  pharmacy: ShopOutlined,
  insurance: SafetyCertificateOutlined,
  content: FileSearchOutlined,
  community: TeamOutlined,
  audit: AuditOutlined,
  dashboard: DashboardOutlined,
};

export function RegistryIcon({ name }: { name: string }) {
  const Icon = REGISTRY_ICONS[name] ?? AppstoreOutlined;
  return <Icon aria-hidden />;
}
