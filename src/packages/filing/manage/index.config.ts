export default definePageConfig({ navigationBarTitleText: '管理备案' })
