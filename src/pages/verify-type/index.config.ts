export default definePageConfig({ navigationBarTitleText: '验证备案类型' })
