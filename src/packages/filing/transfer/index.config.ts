export default definePageConfig({ navigationBarTitleText: '接收备案转移' })
