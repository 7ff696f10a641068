export default definePageConfig({ navigationBarTitleText: '备案进度' })
