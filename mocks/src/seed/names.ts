import type { LocalizedText } from '@careops/domain';
import type { Random } from './random';

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
  ['欧阳', 'Ouyang'],
];
const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['勇', 'Yong'],
  ['军', 'Jun'],
  ['杰', 'Jie'],
  ['娟', 'Juan'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['秀英', 'Xiuying'],
  ['建国', 'Jianguo'],
  ['志强', 'Zhiqiang'],
  ['丽华', 'Lihua'],
  ['晓东', 'Xiaodong'],
  ['海燕', 'Haiyan'],
  ['思远', 'Siyuan'],
  ['雨桐', 'Yutong'],
  ['子涵', 'Zihan'],
];

export function personName(random: Random): LocalizedText {
  const [zs, es] = random.pick(SURNAMES);
  const [zg, eg] = random.pick(GIVEN);
  return { 'zh-CN': `${zs}${zg}`, 'en-US': `${es} ${eg}` };
}

export function mobilePhone(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${random.digits(9)}`;
}

export interface Place {
  province: LocalizedText;
  city: LocalizedText;
  districts: readonly LocalizedText[];
  lat: number;
  lng: number;
}
const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });
export const PLACES: readonly Place[] = [
  {
    province: t('上海市', 'Shanghai'),
    city: t('', ''),
    districts: [
      t('浦东新区', 'Pudong'),
      t('徐汇区', 'Xuhui'),
      t('静安区', "Jing'an"),
      t('闵行区', 'Minhang'),
    ],
    lat: 31.23,
    lng: 121.47,
  },
  {
    province: t('北京市', 'Beijing'),
    city: t('', ''),
    districts: [
      t('朝阳区', 'Chaoyang'),
      t('海淀区', 'Haidian'),
      t('东城区', 'Dongcheng'),
      t('丰台区', 'Fengtai'),
    ],
    lat: 39.9,
    lng: 116.4,
  },
  {
    province: t('广东省', 'Guangdong'),
    city: t('深圳市', 'Shenzhen'),
    districts: [t('南山区', 'Nanshan'), t('福田区', 'Futian'), t('宝安区', "Bao'an")],
    lat: 22.54,
    lng: 114.06,
  },
  {
    province: t('浙江省', 'Zhejiang'),
    city: t('杭州市', 'Hangzhou'),
    districts: [t('西湖区', 'Xihu'), t('滨江区', 'Binjiang'), t('余杭区', 'Yuhang')],
    lat: 30.27,
    lng: 120.15,
  },
];
const ROADS: readonly LocalizedText[] = [
  t('人民路', 'Renmin Rd'),
  t('中山路', 'Zhongshan Rd'),
  t('建设路', 'Jianshe Rd'),
  t('解放路', 'Jiefang Rd'),
  t('和平路', 'Heping Rd'),
];

export interface Address {
  province: LocalizedText;
  city: LocalizedText;
  district: LocalizedText;
  detail: LocalizedText;
}
export function address(random: Random, place = random.pick(PLACES)): Address {
  const road = random.pick(ROADS);
  const no = random.int(1, 999);
  const building = random.int(1, 30);
  const room = random.int(101, 2804);
  return {
    province: place.province,
    city: place.city,
    district: random.pick(place.districts),
    detail: t(
      `${road['zh-CN']}${no}号${building}栋${room}室`,
      `Room ${room}, Bldg ${building}, ${no} ${road['en-US']}`,
    ),
  };
}
export function formatAddress(a: Address, locale: keyof LocalizedText): string {
  if (locale === 'zh-CN')
    return `${a.province['zh-CN']}${a.city['zh-CN']}${a.district['zh-CN']}${a.detail['zh-CN']}`;
  return [a.detail['en-US'], a.district['en-US'], a.city['en-US'], a.province['en-US']]
    .filter(Boolean)
    .join(', ');
}
