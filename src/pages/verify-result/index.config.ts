export default definePageConfig({ navigationBarTitleText: '备案类型' })
