export default defineAppConfig({
  pages: ['pages/verify-type/index', 'pages/verify-result/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: 'ICP备案',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7'
  }
})
