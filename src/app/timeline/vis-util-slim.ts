/**
 * The part of vis-util that vis-timeline and vis-data use, in place of the whole module (see
 * vite.config.ts). vis-timeline spreads the whole vis-util namespace into its helper object
 * (`{ ...util }`), which keeps every export in the bundle, its own unused copies of the colour
 * picker, option configurator, validator and popup included (vis-timeline ships its own).
 * Re-exporting only the names the two libraries read lets the bundler drop the rest.
 * The list comes from `availableUtils.<name>` and the named imports in vis-timeline 8.5.4 and
 * vis-data 8.0.6 (esnext builds); check it again when either is upgraded.
 */
export {
  addClassName,
  addCssText,
  binarySearchCustom,
  binarySearchValue,
  bridgeObject,
  copyAndExtendArray,
  copyArray,
  deepExtend,
  DELETE,
  easingFunctions,
  equalArray,
  extend,
  forEach,
  getAbsoluteLeft,
  getAbsoluteTop,
  getScrollBarWidth,
  getTarget,
  getType,
  hasParent,
  hexToRGB,
  HSVToRGB,
  insertSort,
  isNumber,
  isString,
  isValidHex,
  isValidRGB,
  isValidRGBA,
  mergeOptions,
  option,
  preventDefault,
  pureDeepObjectAssign,
  removeClassName,
  removeCssText,
  RGBToHSV,
  selectiveBridgeObject,
  selectiveDeepExtend,
  selectiveExtend,
  throttle,
  toArray,
  updateProperty,
} from 'vis-util/esnext/esm/vis-util.mjs';
