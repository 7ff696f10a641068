export default definePageConfig({ navigationBarTitleText: '扫码继续办理' })
