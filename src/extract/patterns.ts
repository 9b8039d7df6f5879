/**
 * Patterns shared by the HTML and the plain-text extractors. Data only.
 */

/**
 * A copyright notice, in the languages and scripts we have met: "All rights reserved",
 * "Todos os direitos reservados", "版权所有", "무단전재 및 재배포 금지" (no copying or
 * redistribution without permission). A regular-expression source, without word
 * boundaries: `\b` only knows ASCII letters.
 */
export const RIGHTS_RESERVED = [
  'all rights reserved',
  'alle rechte vorbehalten',
  'tous droits r[ée]serv[ée]s',
  'todos los derechos reservados',
  'wszelkie prawa zastrze[zż]one',
  'tutti i diritti riservati',
  'todos os direitos reservados',
  'alle rechten voorbehouden',
  'alla rättigheter förbehållna',
  'alle rettigheder forbeholdes',
  'všechna práva vyhrazena',
  'minden jog fenntartva',
  'tüm hakları saklıdır',
  'hak cipta dilindungi',
  'все права защищены',
  'всі права захищені',
  'جميع الحقوق محفوظة',
  '版[权權]所有',
  '[无無]断[转転]載',
  '[转轉]載禁止',
  '未[经經](授[权權]|许可|許可)[，,]?(不得|禁止|请勿|請勿)[转轉]载',
  '무단 ?전재',
  '무단 ?복제',
  '재배포 ?금지',
].join('|');
