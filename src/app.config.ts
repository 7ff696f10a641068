export default defineAppConfig({
  pages: ['pages/home/index', 'pages/verify-type/index', 'pages/verify-result/index'],
  // Rarely opened or heavy flows load on demand, keeping the main package small.
  subPackages: [
    { root: 'packages/filing', pages: ['wizard/index', 'order/index', 'handoff/index', 'manage/index', 'transfer/index'] }
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: 'ICP备案',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7'
  }
})
